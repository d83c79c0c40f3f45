namespace Gateway.Search;

/// <summary>A row of the ranking query, before the packages and grids are read.</summary>
internal sealed class SearchRow
{
    public int Kind { get; set; }

    public int Id { get; set; }

    public int Score { get; set; }

    public long Stars { get; set; }
}
