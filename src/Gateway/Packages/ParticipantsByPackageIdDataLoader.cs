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
    // Note: the expressions are built once per type; loaders are made per request (issue 9).
    private static readonly Expression<Func<Package, int>> ParentKeyOf =
        parent => parent.Id;

    private static readonly Expression<Func<Package, IEnumerable<PackageParticipant>>> ChildrenOf =
        parent => parent.PackageParticipants;

    private static readonly Expression<Func<PackageParticipant, Participant>> NodeOf =
        row => row.Participant!;

    private static readonly Expression<Func<PackageParticipant, int>> ChildParentKeyOf =
        row => row.PackageId;

    private static readonly Expression<Func<PackageParticipant, int>> RowKeyOf =
        row => row.ParticipantId;

    private static readonly SortSpec<PackageParticipant> DefaultOrderOf =
        new SortSpec<PackageParticipant>().ThenBy("position", row => row.Position);

    /// <inheritdoc/>
    protected override Expression<Func<Package, int>> ParentKey => ParentKeyOf;

    /// <inheritdoc/>
    protected override Expression<Func<Package, IEnumerable<PackageParticipant>>> Children => ChildrenOf;

    /// <inheritdoc/>
    protected override Expression<Func<PackageParticipant, Participant>> Node => NodeOf;

    /// <inheritdoc/>
    protected override Expression<Func<PackageParticipant, int>> ChildParentKey => ChildParentKeyOf;

    /// <inheritdoc/>
    protected override Expression<Func<PackageParticipant, int>> RowKey => RowKeyOf;

    /// <inheritdoc/>
    protected override SortSpec<PackageParticipant> DefaultOrder => DefaultOrderOf;
}
