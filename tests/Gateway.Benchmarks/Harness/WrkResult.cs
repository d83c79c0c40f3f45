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
    public double RequestsPerSecond => Duration > TimeSpan.Zero ? Requests / Duration.TotalSeconds : 0;
}
