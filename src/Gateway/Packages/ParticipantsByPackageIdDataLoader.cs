using System.Linq.Expressions;
using Gateway.Data;
using Gateway.DataLoading;
using Gateway.Relay;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Packages;

/// <summary>The participants of each package, in the catalogue's order (position).</summary>
public sealed class ParticipantsByPackageIdDataLoader(
    IDbContextFactory<CatalogueDbContext> contexts,
    ConnectionArguments<Participant> arguments)
    : ConnectionDataLoader<Package, PackageParticipant, Participant>(contexts, arguments)
{
    /// <inheritdoc/>
    protected override Expression<Func<Package, int>> ParentKey { get; } =
        parent => parent.Id;

    /// <inheritdoc/>
    protected override Expression<Func<Package, IEnumerable<PackageParticipant>>> Children { get; } =
        parent => parent.PackageParticipants;

    /// <inheritdoc/>
    protected override Expression<Func<PackageParticipant, Participant>> Node { get; } =
        row => row.Participant!;

    /// <inheritdoc/>
    protected override Expression<Func<PackageParticipant, int>> ChildParentKey { get; } =
        row => row.PackageId;

    /// <inheritdoc/>
    protected override Expression<Func<PackageParticipant, int>> RowKey { get; } =
        row => row.ParticipantId;

    /// <inheritdoc/>
    protected override SortSpec<PackageParticipant> DefaultOrder { get; } =
        new SortSpec<PackageParticipant>().ThenBy("position", row => row.Position);
}
