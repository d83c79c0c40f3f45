using Gateway.Benchmarks.Harness;

namespace Gateway.Benchmarks.Operations;

/// <summary>
/// One benchmarked operation: the request that both servers get, and how to probe its statement count
/// at several page sizes. <see cref="Unavailable"/> says why it cannot run on this catalogue, if so.
/// </summary>
internal sealed record BenchOperation(
    string Key,
    string Description,
    OperationKind Kind,
    WrkRequest Request,
    GraphQlDocument? Document = null,
    string? PageSizeVariable = null,
    IReadOnlyList<int>? ProbePageSizes = null,
    string? Unavailable = null,
    Func<string, WrkRequest>? RequestForDatabase = null)
{
    /// <summary>
    /// The request for one wrk run against the server whose catalogue file is <paramref name="database"/>:
    /// mutations read the rows' current versions first, so that every run starts from fresh versions.
    /// </summary>
    public WrkRequest RequestFor(string database) => RequestForDatabase?.Invoke(database) ?? Request;

    /// <summary>The request with its page size replaced, for the statement-count probe.</summary>
    public WrkRequest WithPageSize(int pageSize) =>
        Document is null || PageSizeVariable is null
            ? Request
            : Request with { Body = Document.Body(PageSizeVariable, pageSize) };
}
