using Gateway.Data;

namespace Gateway.Rest;

/// <summary>
/// The reads the v4 shim makes. Lists are ordered by descending id, as the site's view sets order them; a
/// page past the end is empty but still counted.
/// </summary>
internal interface IRestCatalogueReader
{
    Task<RestPage<RestPackage>> ReadPackagesAsync(int offset, int limit, CancellationToken cancellationToken);

    Task<RestPackage?> FindPackageAsync(RestLookup lookup, CancellationToken cancellationToken);

    Task<RestPage<RestGrid>> ReadGridsAsync(int offset, int limit, CancellationToken cancellationToken);

    Task<RestGrid?> FindGridAsync(RestLookup lookup, CancellationToken cancellationToken);

    Task<RestPage<Category>> ReadCategoriesAsync(int offset, int limit, CancellationToken cancellationToken);

    Task<Category?> FindCategoryAsync(RestLookup lookup, CancellationToken cancellationToken);
}
