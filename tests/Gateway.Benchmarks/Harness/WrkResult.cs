namespace Gateway.Benchmarks.Harness;

/// <summary>What one wrk run measured.</summary>
internal sealed record WrkResult(
    long Requests,
    TimeSpan Duration,
    TimeSpan P50,
    TimeSpan P99,
    long SocketErrors,
    long Non2xx,
    IReadOnlyDictionary<string, long> Counters)
{
    /// <summary>The server's CPU time over the run (set by the harness, not by wrk).</summary>
    public TimeSpan ServerCpu { get; init; }

    /// <summary>Server CPU milliseconds per request.</summary>
    public double CpuMillisecondsPerRequest => Requests > 0 ? ServerCpu.TotalMilliseconds / Requests : 0;

    public double RequestsPerSecond => Duration > TimeSpan.Zero ? Requests / Duration.TotalSeconds : 0;

    /// <summary>
    /// Several rounds as one: totals add up; p50 is the mean of the rounds' medians and p99 the worst
    /// round's (wrk gives percentiles per run, not the histograms that would merge exactly).
    /// </summary>
    public static WrkResult Combine(IReadOnlyList<WrkResult> rounds) => new(
        rounds.Sum(r => r.Requests),
        TimeSpan.FromTicks(rounds.Sum(r => r.Duration.Ticks)),
        TimeSpan.FromTicks((long)rounds.Average(r => r.P50.Ticks)),
        rounds.Max(r => r.P99),
        rounds.Sum(r => r.SocketErrors),
        rounds.Sum(r => r.Non2xx),
        rounds.SelectMany(r => r.Counters)
            .GroupBy(c => c.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Sum(c => c.Value), StringComparer.Ordinal))
    {
        ServerCpu = TimeSpan.FromTicks(rounds.Sum(r => r.ServerCpu.Ticks)),
    };
}
