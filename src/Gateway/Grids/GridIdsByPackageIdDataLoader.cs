using Gateway.Data;
using Gateway.DataLoading;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Grids;

/// <summary>
/// The ids of the grids each package belongs to, in the order the package joined them (membership row
/// order), one statement per batch.
/// </summary>
public sealed class GridIdsByPackageIdDataLoader(IDbContextFactory<CatalogueDbContext> contexts)
    : GroupDataLoader<int, int>
{
    /// <inheritdoc/>
    protected override async Task<ILookup<int, int>> FetchGroupsAsync(
        IReadOnlyList<int> keys, CancellationToken cancellationToken)
    {
        var packageIds = keys.Distinct().ToList();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.GridPackages
            .Where(gp => packageIds.Contains(gp.PackageId))
            .OrderBy(gp => gp.Id)
            .Select(gp => new { gp.PackageId, gp.GridId })
            .ToListAsync(cancellationToken);
        return rows.ToLookup(r => r.PackageId, r => r.GridId);
    }
}
