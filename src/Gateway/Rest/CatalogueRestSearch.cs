using Gateway.Categories;
using Gateway.Data;
using Gateway.DataLoading;
using Gateway.Participants;
using Gateway.Search;

namespace Gateway.Rest;

/// <summary>
/// <c>/search/</c> over the gateway's own full-text search (the one behind <c>Query.search</c>), each hit
/// shaped as a row of the site's SearchV3 index: the category's title and the participants' logins come
/// from the request's data loaders.
/// </summary>
/// <remarks>
/// TODO(compat): the site ranks with PostgreSQL full-text rank plus a rule-based weight and trigram typo
/// tolerance; the gateway's ranking (field matches, then stars) orders hits differently. The site's
/// <c>weight</c> and <c>usage</c> are not kept by the catalogue: <c>weight</c> shows the package's score (0
/// for a grid), <c>usage</c> 0, and <c>last_released</c> is null (no release dates are stored).
/// </remarks>
internal sealed class CatalogueRestSearch(CatalogueSearch search, DataLoaderRegistry loaders) : IRestSearch
{
    public async Task<IReadOnlyList<RestSearchHit>> SearchAsync(
        string query, int limit, CancellationToken cancellationToken)
    {
        // Note: the gateway's search refuses text over its limit with an error; the site just finds nothing.
        if (query.Length > CatalogueSearch.MaxQueryLength)
        {
            return [];
        }

        var page = await search.SearchAsync(
            query, Math.Min(limit, CatalogueSearch.MaxPageSize), null, cancellationToken);
        var packages = page.Hits.Select(h => h.Node).OfType<Package>().ToList();
        var categories = await loaders.Get<CategoryByIdDataLoader>()
            .LoadManyAsync(packages.Select(p => p.CategoryId), cancellationToken);
        var logins = await loaders.Get<ParticipantLoginsByPackageIdDataLoader>()
            .LoadManyAsync(packages.Select(p => p.Id), cancellationToken);
        var byPackage = packages
            .Select((p, i) => (p.Id, Category: categories[i]?.Title ?? "", Logins: string.Join(',', logins[i])))
            .ToDictionary(p => p.Id);

        return [.. page.Hits.Select(hit => hit.Node switch
        {
            Package package => PackageHit(package, byPackage[package.Id].Category, byPackage[package.Id].Logins),
            Grid grid => GridHit(grid),
            _ => throw new InvalidOperationException("A search hit is neither a package nor a grid."),
        })];
    }

    private static RestSearchHit PackageHit(Package package, string category, string participants) => new()
    {
        ItemType = "package",
        Title = package.Title,
        Slug = package.Slug,
        Description = package.RepoDescription,
        Category = category,
        Weight = package.Score,
        RepoWatchers = package.RepoWatchers,
        RepoForks = package.RepoForks,
        PypiDownloads = package.PypiDownloads,
        Score = package.Score,
        Participants = participants,
        LastCommitted = package.LastUpdated,
        Created = package.Created,
        Modified = package.Modified,
    };

    private static RestSearchHit GridHit(Grid grid) => new()
    {
        ItemType = "grid",
        Title = grid.Title,
        Slug = grid.Slug,
        Description = grid.Description,
        Created = grid.Created,
        Modified = grid.Modified,
    };
}
