using Gateway.Categories;
using Gateway.Data;
using Gateway.DataLoading;
using Gateway.Grids;
using Gateway.Packages;
using Gateway.Participants;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Rest;

/// <summary>
/// Reads through the graph's data layer: objects by id or slug from the request's data loaders, a list
/// page as one statement ordered by descending id (<c>LIMIT</c>/<c>OFFSET</c>) plus its count, then the
/// page's relations from the loaders, each relation one batched statement for the whole page.
/// </summary>
internal sealed class RestCatalogueReader(CatalogueDbContext db, DataLoaderRegistry loaders) : IRestCatalogueReader
{
    public async Task<RestPage<RestPackage>> ReadPackagesAsync(
        int offset, int limit, CancellationToken cancellationToken)
    {
        var count = await db.Packages.CountAsync(cancellationToken);
        if (offset >= count)
        {
            return new RestPage<RestPackage>(count, []);
        }

        var rows = await db.Packages
            .OrderByDescending(p => p.Id)
            .Skip(offset)
            .Take(limit)
            .ToListAsync(cancellationToken);
        return new RestPage<RestPackage>(count, await WithRelationsAsync(rows, cancellationToken));
    }

    public async Task<RestPackage?> FindPackageAsync(RestLookup lookup, CancellationToken cancellationToken)
    {
        var row = lookup.Id is { } id
            ? await loaders.Get<PackageByIdDataLoader>().LoadAsync(id, cancellationToken)
            : await loaders.Get<PackageBySlugDataLoader>().LoadAsync(lookup.Slug!, cancellationToken);
        return row is null ? null : (await WithRelationsAsync([row], cancellationToken))[0];
    }

    public async Task<RestPage<RestGrid>> ReadGridsAsync(int offset, int limit, CancellationToken cancellationToken)
    {
        var count = await db.Grids.CountAsync(cancellationToken);
        if (offset >= count)
        {
            return new RestPage<RestGrid>(count, []);
        }

        var rows = await db.Grids
            .OrderByDescending(g => g.Id)
            .Skip(offset)
            .Take(limit)
            .ToListAsync(cancellationToken);
        return new RestPage<RestGrid>(count, await WithPackagesAsync(rows, cancellationToken));
    }

    public async Task<RestGrid?> FindGridAsync(RestLookup lookup, CancellationToken cancellationToken)
    {
        var row = lookup.Id is { } id
            ? await loaders.Get<GridByIdDataLoader>().LoadAsync(id, cancellationToken)
            : await loaders.Get<GridBySlugDataLoader>().LoadAsync(lookup.Slug!, cancellationToken);
        return row is null ? null : (await WithPackagesAsync([row], cancellationToken))[0];
    }

    public async Task<RestPage<Category>> ReadCategoriesAsync(
        int offset, int limit, CancellationToken cancellationToken)
    {
        var count = await db.Categories.CountAsync(cancellationToken);
        if (offset >= count)
        {
            return new RestPage<Category>(count, []);
        }

        var rows = await db.Categories
            .OrderByDescending(c => c.Id)
            .Skip(offset)
            .Take(limit)
            .ToListAsync(cancellationToken);
        return new RestPage<Category>(count, rows);
    }

    public Task<Category?> FindCategoryAsync(RestLookup lookup, CancellationToken cancellationToken) =>
        loaders.Get<CategoryByIdDataLoader>().LoadAsync(lookup.Id!.Value, cancellationToken);

    private async Task<List<RestPackage>> WithRelationsAsync(
        List<Package> rows, CancellationToken cancellationToken)
    {
        var ids = rows.Select(p => p.Id).ToList();
        var grids = loaders.Get<GridIdsByPackageIdDataLoader>().LoadManyAsync(ids, cancellationToken);
        var logins = loaders.Get<ParticipantLoginsByPackageIdDataLoader>().LoadManyAsync(ids, cancellationToken);
        var gridIds = await grids;
        var participants = await logins;
        return [.. rows.Select((row, i) => new RestPackage(row, gridIds[i], participants[i]))];
    }

    private async Task<List<RestGrid>> WithPackagesAsync(List<Grid> rows, CancellationToken cancellationToken)
    {
        var packageIds = await loaders.Get<PackageIdsByGridIdDataLoader>()
            .LoadManyAsync(rows.Select(g => g.Id), cancellationToken);
        return [.. rows.Select((row, i) => new RestGrid(row, packageIds[i]))];
    }
}
