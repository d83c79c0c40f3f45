using Gateway.Data;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Rest;

/// <summary>
/// Reads the v4 shim's rows with EF Core: one statement for a page (ordered by descending id, with
/// <c>LIMIT</c>/<c>OFFSET</c>), one for the count, then one per relation for all rows of the page at once.
/// </summary>
internal sealed class EfRestCatalogueReader(CatalogueDbContext db) : IRestCatalogueReader
{
    public async Task<RestPage<RestPackage>> ReadPackagesAsync(
        int offset, int limit, CancellationToken cancellationToken)
    {
        var count = await db.Packages.CountAsync(cancellationToken);
        if (offset >= count)
        {
            return new RestPage<RestPackage>(count, []);
        }

        var packages = await ProjectPackages(db.Packages.OrderByDescending(p => p.Id).Skip(offset).Take(limit))
            .ToListAsync(cancellationToken);
        await AddPackageRelationsAsync(packages, cancellationToken);
        return new RestPage<RestPackage>(count, packages);
    }

    public async Task<RestPackage?> FindPackageAsync(RestLookup lookup, CancellationToken cancellationToken)
    {
        var query = lookup.Id is { } id
            ? db.Packages.Where(p => p.Id == id)
            : db.Packages.Where(p => p.Slug == lookup.Slug);
        var package = await ProjectPackages(query).FirstOrDefaultAsync(cancellationToken);
        if (package is not null)
        {
            await AddPackageRelationsAsync([package], cancellationToken);
        }

        return package;
    }

    public async Task<RestPage<RestGrid>> ReadGridsAsync(int offset, int limit, CancellationToken cancellationToken)
    {
        var count = await db.Grids.CountAsync(cancellationToken);
        if (offset >= count)
        {
            return new RestPage<RestGrid>(count, []);
        }

        var grids = await ProjectGrids(db.Grids.OrderByDescending(g => g.Id).Skip(offset).Take(limit))
            .ToListAsync(cancellationToken);
        await AddGridPackagesAsync(grids, cancellationToken);
        return new RestPage<RestGrid>(count, grids);
    }

    public async Task<RestGrid?> FindGridAsync(RestLookup lookup, CancellationToken cancellationToken)
    {
        var query = lookup.Id is { } id
            ? db.Grids.Where(g => g.Id == id)
            : db.Grids.Where(g => g.Slug == lookup.Slug);
        var grid = await ProjectGrids(query).FirstOrDefaultAsync(cancellationToken);
        if (grid is not null)
        {
            await AddGridPackagesAsync([grid], cancellationToken);
        }

        return grid;
    }

    public async Task<RestPage<Category>> ReadCategoriesAsync(
        int offset, int limit, CancellationToken cancellationToken)
    {
        var count = await db.Categories.CountAsync(cancellationToken);
        if (offset >= count)
        {
            return new RestPage<Category>(count, []);
        }

        var categories = await db.Categories
            .OrderByDescending(c => c.Id)
            .Skip(offset)
            .Take(limit)
            .ToListAsync(cancellationToken);
        return new RestPage<Category>(count, categories);
    }

    public Task<Category?> FindCategoryAsync(RestLookup lookup, CancellationToken cancellationToken) =>
        db.Categories.FirstOrDefaultAsync(c => c.Id == lookup.Id, cancellationToken);

    private static IQueryable<RestPackage> ProjectPackages(IQueryable<Package> packages) =>
        packages.Select(p => new RestPackage
        {
            Id = p.Id,
            CategoryId = p.CategoryId,
            Title = p.Title,
            Slug = p.Slug,
            LastUpdated = p.LastUpdated,
            LastFetched = p.LastFetched,
            RepoUrl = p.RepoUrl,
            PypiVersion = p.PypiVersion,
            Created = p.Created,
            Modified = p.Modified,
            RepoForks = p.RepoForks,
            RepoDescription = p.RepoDescription,
            PypiUrl = p.PypiUrl,
            DocumentationUrl = p.DocumentationUrl,
            RepoWatchers = p.RepoWatchers,
            CommitsOver52 = p.CommitsOver52,
        });

    private static IQueryable<RestGrid> ProjectGrids(IQueryable<Grid> grids) =>
        grids.Select(g => new RestGrid
        {
            Id = g.Id,
            Title = g.Title,
            Slug = g.Slug,
            Description = g.Description,
            IsLocked = g.IsLocked,
            Header = g.Header,
            Created = g.Created,
            Modified = g.Modified,
        });

    private async Task AddPackageRelationsAsync(List<RestPackage> packages, CancellationToken cancellationToken)
    {
        var ids = packages.Select(p => p.Id).ToArray();
        var grids = (await db.GridPackages
                .Where(gp => ids.Contains(gp.PackageId))
                .OrderBy(gp => gp.Id)
                .Select(gp => new { gp.PackageId, gp.GridId })
                .ToListAsync(cancellationToken))
            .ToLookup(gp => gp.PackageId, gp => gp.GridId);
        var participants = (await db.PackageParticipants
                .Where(pp => ids.Contains(pp.PackageId))
                .OrderBy(pp => pp.PackageId)
                .ThenBy(pp => pp.Position)
                .Select(pp => new { pp.PackageId, pp.Participant!.Login })
                .ToListAsync(cancellationToken))
            .ToLookup(pp => pp.PackageId, pp => pp.Login);
        foreach (var package in packages)
        {
            package.GridIds = [.. grids[package.Id]];
            package.Participants = [.. participants[package.Id]];
        }
    }

    private async Task AddGridPackagesAsync(List<RestGrid> grids, CancellationToken cancellationToken)
    {
        var ids = grids.Select(g => g.Id).ToArray();
        var members = (await db.GridPackages
                .Where(gp => ids.Contains(gp.GridId))
                .Select(gp => new { gp.GridId, gp.PackageId, gp.Package!.Title })
                .ToListAsync(cancellationToken))
            .OrderBy(m => m.Title, StringComparer.Ordinal)
            .ThenBy(m => m.PackageId)
            .ToLookup(m => m.GridId, m => m.PackageId);
        foreach (var grid in grids)
        {
            grid.PackageIds = [.. members[grid.Id]];
        }
    }
}
