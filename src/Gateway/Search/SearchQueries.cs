using Gateway.Graph;
using Gateway.Relay;
using GraphQL;
using GraphQL.Types;

namespace Gateway.Search;

/// <summary>The <c>Query.search</c> field.</summary>
public sealed class SearchQueries(CatalogueSearch search) : IQueryFields
{
    /// <inheritdoc/>
    public void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<SearchResultConnectionType>>("search")
            .Description("Packages and grids whose title, slug or description hold every word of the query, " +
                "best first. Words are runs of letters and digits; case is ignored, accents are not; any other " +
                "character only separates words.")
            .Argument<NonNullGraphType<StringGraphType>>("query",
                $"The words to look for (at most {CatalogueSearch.MaxQueryLength} characters, " +
                $"{SearchTerms.MaxTerms} words).")
            .Argument<IntGraphType>("first",
                $"How many hits to return: 0 to {CatalogueSearch.MaxPageSize}, default {PageRequest.DefaultSize}.")
            .Argument<StringGraphType>("after", "Return the hits after this cursor.")
            .ResolveAsync(async c =>
            {
                var text = c.GetArgument<string>("query");
                var page = await search.SearchAsync(text, c.GetArgument<int?>("first") ?? PageRequest.DefaultSize,
                    c.GetArgument<string?>("after"), c.CancellationToken);
                return new SearchConnection(page, text);
            });
    }
}
