using Gateway.Data;
using Gateway.DataLoading;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Packages;

/// <summary>
/// The ids of each grid's packages ordered by package title (ordinal), then id: the order in which the
/// site's v4 API lists a grid's packages (the package model's default ordering). One statement per batch.
/// </summary>
public sealed class PackageIdsByGridIdDataLoader(IDbContextFactory<CatalogueDbContext> contexts)
    : GroupDataLoader<int, int>
{
    /// <inheritdoc/>
    protected override async Task<ILookup<int, int>> FetchGroupsAsync(
        IReadOnlyList<int> keys, CancellationToken cancellationToken)
    {
        var gridIds = keys.Distinct().ToList();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.GridPackages
            .Where(gp => gridIds.Contains(gp.GridId))
            .Select(gp => new { gp.GridId, gp.PackageId, gp.Package!.Title })
            .ToListAsync(cancellationToken);

        // Note: sorted here rather than in SQL so that both stores agree whatever their collations.
        return rows
            .OrderBy(r => r.Title, StringComparer.Ordinal)
            .ThenBy(r => r.PackageId)
            .ToLookup(r => r.GridId, r => r.PackageId);
    }
}
