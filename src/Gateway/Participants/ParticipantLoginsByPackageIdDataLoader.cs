using Gateway.Data;
using Gateway.DataLoading;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Participants;

/// <summary>The logins of each package's participants in the catalogue's order, one statement per batch.</summary>
public sealed class ParticipantLoginsByPackageIdDataLoader(IDbContextFactory<CatalogueDbContext> contexts)
    : GroupDataLoader<int, string>
{
    /// <inheritdoc/>
    protected override async Task<ILookup<int, string>> FetchGroupsAsync(
        IReadOnlyList<int> keys, CancellationToken cancellationToken)
    {
        var packageIds = keys.Distinct().ToList();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.PackageParticipants
            .Where(pp => packageIds.Contains(pp.PackageId))
            .OrderBy(pp => pp.PackageId)
            .ThenBy(pp => pp.Position)
            .Select(pp => new { pp.PackageId, pp.Participant!.Login })
            .ToListAsync(cancellationToken);
        return rows.ToLookup(r => r.PackageId, r => r.Login);
    }
}
