using Gateway.Graph;

namespace Gateway.Search;

/// <summary>Registers the catalogue search.</summary>
public static class SearchServiceCollectionExtensions
{
    /// <summary>Adds <see cref="CatalogueSearch"/> (the GraphQL field and the REST shim share it).</summary>
    public static IServiceCollection AddSearch(this IServiceCollection services) => services
        .AddSingleton<CatalogueSearch>()
        .AddSingleton<IQueryFields, SearchQueries>();
}
