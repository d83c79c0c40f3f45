using Gateway.Relay;
using GraphQL.Types;

namespace Gateway.Search;

/// <summary>The connection <c>Query.search</c> returns: hits best first.</summary>
public sealed class SearchResultConnectionType : ObjectGraphType<SearchConnection>
{
    public SearchResultConnectionType()
    {
        Name = "SearchResultConnection";
        Description = "Packages and grids matching a search, by relevance, then stars, then packages before grids.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SearchResultEdgeType>>>>("edges")
            .Description("The page's hits with their cursors.")
            .Resolve(c => c.Source.Page.Hits);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SearchResultType>>>>("nodes")
            .Description("The page's packages and grids.")
            .Resolve(c => c.Source.Page.Hits.Select(h => h.Node));
        Field<NonNullGraphType<PageInfoGraphType>>("pageInfo")
            .Description("Whether more hits follow, and the cursor to get them.")
            .Resolve(c => new PageInfo(c.Source.Page.HasNextPage, c.Source.Page.HasPreviousPage,
                c.Source.Page.StartCursor, c.Source.Page.EndCursor));
        Field<NonNullGraphType<IntGraphType>>("totalCount")
            .Description("How many packages and grids match, whatever the page. One more statement.")
            .ResolveAsync(async c => await c.RequestServices!.GetRequiredService<CatalogueSearch>()
                .CountAsync(c.Source.Query, c.CancellationToken));
    }
}
