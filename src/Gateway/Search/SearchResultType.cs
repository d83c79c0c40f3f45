using Gateway.Grids;
using Gateway.Packages;
using GraphQL.Types;

namespace Gateway.Search;

/// <summary>The <c>SearchResult</c> union: a search hit is a package or a grid.</summary>
public sealed class SearchResultType : UnionGraphType
{
    public SearchResultType()
    {
        Name = "SearchResult";
        Description = "A package or a grid found by Query.search.";
        Type<PackageType>();
        Type<GridType>();
    }
}
