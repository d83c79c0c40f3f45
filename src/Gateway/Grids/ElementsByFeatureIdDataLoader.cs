using Gateway.Data;
using Gateway.DataLoading;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Grids;

/// <summary>
/// The cells of each feature (one row of a grid's matrix), in the order the packages joined the grid;
/// one statement for all features of a level.
/// </summary>
public sealed class ElementsByFeatureIdDataLoader(IDbContextFactory<CatalogueDbContext> contexts)
    : GroupDataLoader<int, Element>
{
    /// <inheritdoc/>
    protected override async Task<ILookup<int, Element>> FetchGroupsAsync(
        IReadOnlyList<int> keys, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await (
                from element in db.Elements
                where keys.Contains(element.FeatureId)
                join feature in db.Features on element.FeatureId equals feature.Id
                join member in db.GridPackages
                    on new { feature.GridId, element.PackageId } equals new { member.GridId, member.PackageId }
                    into members
                from member in members.DefaultIfEmpty()
                orderby element.FeatureId, member == null ? int.MaxValue : member.Id, element.PackageId
                select element)
            .ToListAsync(cancellationToken);
        return rows.ToLookup(e => e.FeatureId);
    }
}
