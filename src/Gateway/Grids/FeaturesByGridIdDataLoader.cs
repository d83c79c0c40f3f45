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
    // Note: the expressions are built once per type; loaders are made per request (issue 9).
    private static readonly Expression<Func<Grid, int>> ParentKeyOf =
        parent => parent.Id;

    private static readonly Expression<Func<Grid, IEnumerable<Feature>>> ChildrenOf =
        parent => parent.Features;

    private static readonly Expression<Func<Feature, Feature>> NodeOf =
        row => row;

    private static readonly Expression<Func<Feature, int>> ChildParentKeyOf =
        row => row.GridId;

    private static readonly Expression<Func<Feature, int>> RowKeyOf =
        row => row.Id;

    /// <inheritdoc/>
    protected override Expression<Func<Grid, int>> ParentKey => ParentKeyOf;

    /// <inheritdoc/>
    protected override Expression<Func<Grid, IEnumerable<Feature>>> Children => ChildrenOf;

    /// <inheritdoc/>
    protected override Expression<Func<Feature, Feature>> Node => NodeOf;

    /// <inheritdoc/>
    protected override Expression<Func<Feature, int>> ChildParentKey => ChildParentKeyOf;

    /// <inheritdoc/>
    protected override Expression<Func<Feature, int>> RowKey => RowKeyOf;
}
