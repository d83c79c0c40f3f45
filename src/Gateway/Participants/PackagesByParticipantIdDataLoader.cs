using System.Linq.Expressions;
using Gateway.Data;
using Gateway.DataLoading;
using Gateway.Relay;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Participants;

/// <summary>The packages of each participant, by package databaseId.</summary>
public sealed class PackagesByParticipantIdDataLoader(
    IDbContextFactory<CatalogueDbContext> contexts,
    ConnectionArguments<Package> arguments)
    : ConnectionDataLoader<Participant, PackageParticipant, Package>(contexts, arguments)
{
    // Note: the expressions are built once per type; loaders are made per request (issue 9).
    private static readonly Expression<Func<Participant, int>> ParentKeyOf =
        parent => parent.Id;

    private static readonly Expression<Func<Participant, IEnumerable<PackageParticipant>>> ChildrenOf =
        parent => parent.PackageParticipants;

    private static readonly Expression<Func<PackageParticipant, Package>> NodeOf =
        row => row.Package!;

    private static readonly Expression<Func<PackageParticipant, int>> ChildParentKeyOf =
        row => row.ParticipantId;

    private static readonly Expression<Func<PackageParticipant, int>> RowKeyOf =
        row => row.PackageId;

    /// <inheritdoc/>
    protected override Expression<Func<Participant, int>> ParentKey => ParentKeyOf;

    /// <inheritdoc/>
    protected override Expression<Func<Participant, IEnumerable<PackageParticipant>>> Children => ChildrenOf;

    /// <inheritdoc/>
    protected override Expression<Func<PackageParticipant, Package>> Node => NodeOf;

    /// <inheritdoc/>
    protected override Expression<Func<PackageParticipant, int>> ChildParentKey => ChildParentKeyOf;

    /// <inheritdoc/>
    protected override Expression<Func<PackageParticipant, int>> RowKey => RowKeyOf;
}
