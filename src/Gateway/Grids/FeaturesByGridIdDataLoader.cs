using System.Linq.Expressions;
using Gateway.Data;
using Gateway.DataLoading;
using Gateway.Relay;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Grids;

/// <summary>The features of each grid (its matrix rows), by databaseId.</summary>
public sealed class FeaturesByGridIdDataLoader(
    IDbContextFactory<CatalogueDbContext> contexts,
    ConnectionArguments<Feature> arguments)
    : ConnectionDataLoader<Grid, Feature, Feature>(contexts, arguments)
{
    /// <inheritdoc/>
    protected override Expression<Func<Grid, int>> ParentKey { get; } =
        parent => parent.Id;

    /// <inheritdoc/>
    protected override Expression<Func<Grid, IEnumerable<Feature>>> Children { get; } =
        parent => parent.Features;

    /// <inheritdoc/>
    protected override Expression<Func<Feature, Feature>> Node { get; } =
        row => row;

    /// <inheritdoc/>
    protected override Expression<Func<Feature, int>> ChildParentKey { get; } =
        row => row.GridId;

    /// <inheritdoc/>
    protected override Expression<Func<Feature, int>> RowKey { get; } =
        row => row.Id;
}
