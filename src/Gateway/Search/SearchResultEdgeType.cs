using GraphQL.Types;

namespace Gateway.Search;

/// <summary>An edge of <c>SearchResultConnection</c>: a hit, its relevance and its cursor.</summary>
public sealed class SearchResultEdgeType : ObjectGraphType<SearchHit>
{
    public SearchResultEdgeType()
    {
        Name = "SearchResultEdge";
        Description = "A search hit with its cursor and relevance.";
        Field<NonNullGraphType<StringGraphType>>("cursor")
            .Description("Pass as after to get the hits that follow this one.")
            .Resolve(c => c.Source.Cursor);
        Field<NonNullGraphType<SearchResultType>>("node")
            .Description("The package or grid.")
            .Resolve(c => c.Source.Node);
        Field<NonNullGraphType<IntGraphType>>("score")
            .Description("Relevance: 4 when every word is in the title, plus 2 in the slug, plus 1 in the description.")
            .Resolve(c => c.Source.Score);
    }
}
