namespace Gateway.Search;

/// <summary>What a search hit is; at equal relevance and stars, packages come before grids.</summary>
public enum SearchResultKind
{
    Package = 0,
    Grid = 1,
}
