namespace Gateway.Benchmarks.Floor;

/// <summary>Requests answered and statements sent, read by the harness through <c>GET /stats</c>.</summary>
internal sealed class FloorStatistics
{
    private long requests;
    private long statements;

    public void Record(int statementCount)
    {
        Interlocked.Increment(ref requests);
        Interlocked.Add(ref statements, statementCount);
    }

    public (long Requests, long Statements) Read() =>
        (Interlocked.Read(ref requests), Interlocked.Read(ref statements));
}
