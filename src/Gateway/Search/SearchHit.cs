namespace Gateway.Search;

/// <summary>One ranked hit: a package or grid, its relevance score, its stars and its cursor.</summary>
/// <param name="Kind">Package or grid.</param>
/// <param name="Id">The v4 number of the package or grid.</param>
/// <param name="Score">Relevance: 4 when every word is in the title, plus 2 in the slug, plus 1 in the description.</param>
/// <param name="Stars">The package's stars, or the sum of the stars of a grid's packages: the tie-break.</param>
/// <param name="Node">The <see cref="Data.Package"/> or <see cref="Data.Grid"/> itself.</param>
/// <param name="Cursor">Where a following page starts.</param>
public sealed record SearchHit(SearchResultKind Kind, int Id, int Score, long Stars, object Node, string Cursor);
