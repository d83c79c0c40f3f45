using Gateway.Benchmarks.Operations;

namespace Gateway.Benchmarks.Harness;

/// <summary>Everything measured for one operation: one row of the table.</summary>
internal sealed class OperationResult(BenchOperation operation)
{
    public BenchOperation Operation { get; } = operation;

    /// <summary>Why the operation did not run; null when it ran.</summary>
    public string? Unavailable { get; set; } = operation.Unavailable;

    public WrkResult? Gateway { get; set; }

    public WrkResult? Floor { get; set; }

    /// <summary>The gateway's SQL statements per request, by page size (diagnostics run).</summary>
    public SortedDictionary<int, int> StatementsByPageSize { get; } = [];

    /// <summary>The gateway's statements for the benchmarked request itself.</summary>
    public int? Statements { get; set; }

    public double? FloorStatements { get; set; }

    /// <summary>The gateway's VmHWM after this operation's timed run.</summary>
    public long GatewayPeakBytes { get; set; }

    /// <summary>Null when the two servers answered the same; otherwise where they differ.</summary>
    public string? Mismatch { get; set; }

    /// <summary>A remark for the table (same data but other bytes, stale refusals, ...).</summary>
    public List<string> Notes { get; } = [];

    public double? Ratio => Gateway is null || Floor is null || Floor.RequestsPerSecond == 0
        ? null
        : Gateway.RequestsPerSecond / Floor.RequestsPerSecond;

    /// <summary>Floor CPU per request over gateway CPU per request: the load-independent view of the ratio.</summary>
    public double? CpuRatio => Gateway is null || Floor is null || Gateway.CpuMillisecondsPerRequest == 0
        ? null
        : Floor.CpuMillisecondsPerRequest / Gateway.CpuMillisecondsPerRequest;
}
