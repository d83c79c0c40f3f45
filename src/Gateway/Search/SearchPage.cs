namespace Gateway.Search;

/// <summary>A page of search hits, best first.</summary>
public sealed record SearchPage(IReadOnlyList<SearchHit> Hits, bool HasNextPage, bool HasPreviousPage)
{
    public static readonly SearchPage Empty = new([], false, false);

    public string? StartCursor => Hits.Count == 0 ? null : Hits[0].Cursor;

    public string? EndCursor => Hits.Count == 0 ? null : Hits[^1].Cursor;
}
