namespace Gateway.Relay;

/// <summary>Where a page sits in its connection.</summary>
/// <remarks>
/// Note: the cursors are those of the page's first and last edges, encoded only when a client reads them
/// (most documents ask for hasNextPage alone, over many nested pages).
/// </remarks>
public sealed class PageInfo
{
    private readonly Edge? start;
    private readonly Edge? end;
    private readonly string? startCursor;
    private readonly string? endCursor;

    /// <summary>A page's position with its cursors already encoded.</summary>
    public PageInfo(bool hasNextPage, bool hasPreviousPage, string? startCursor, string? endCursor)
        : this(hasNextPage, hasPreviousPage, (Edge?)null, null)
    {
        this.startCursor = startCursor;
        this.endCursor = endCursor;
    }

    /// <summary>
    /// A page's position whose cursors are those of <paramref name="start"/> and <paramref name="end"/>.
    /// </summary>
    public PageInfo(bool hasNextPage, bool hasPreviousPage, Edge? start, Edge? end)
    {
        HasNextPage = hasNextPage;
        HasPreviousPage = hasPreviousPage;
        this.start = start;
        this.end = end;
    }

    public bool HasNextPage { get; }

    public bool HasPreviousPage { get; }

    public string? StartCursor => startCursor ?? start?.Cursor;

    public string? EndCursor => endCursor ?? end?.Cursor;
}
