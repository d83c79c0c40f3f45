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
    /// <inheritdoc/>
    protected override Expression<Func<Participant, int>> ParentKey { get; } =
        parent => parent.Id;

    /// <inheritdoc/>
    protected override Expression<Func<Participant, IEnumerable<PackageParticipant>>> Children { get; } =
        parent => parent.PackageParticipants;

    /// <inheritdoc/>
    protected override Expression<Func<PackageParticipant, Package>> Node { get; } =
        row => row.Package!;

    /// <inheritdoc/>
    protected override Expression<Func<PackageParticipant, int>> ChildParentKey { get; } =
        row => row.ParticipantId;

    /// <inheritdoc/>
    protected override Expression<Func<PackageParticipant, int>> RowKey { get; } =
        row => row.PackageId;
}
