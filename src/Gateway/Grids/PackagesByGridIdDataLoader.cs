using System.Linq.Expressions;
using Gateway.Data;
using Gateway.DataLoading;
using Gateway.Relay;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Grids;

/// <summary>The packages of each grid (its matrix columns), in the order they joined it.</summary>
public sealed class PackagesByGridIdDataLoader(
    IDbContextFactory<CatalogueDbContext> contexts,
    ConnectionArguments<Package> arguments)
    : ConnectionDataLoader<Grid, GridPackage, Package>(contexts, arguments)
{
    // Note: the expressions are built once per type; loaders are made per request (issue 9).
    private static readonly Expression<Func<Grid, int>> ParentKeyOf =
        parent => parent.Id;

    private static readonly Expression<Func<Grid, IEnumerable<GridPackage>>> ChildrenOf =
        parent => parent.GridPackages;

    private static readonly Expression<Func<GridPackage, Package>> NodeOf =
        row => row.Package!;

    private static readonly Expression<Func<GridPackage, int>> ChildParentKeyOf =
        row => row.GridId;

    private static readonly Expression<Func<GridPackage, int>> RowKeyOf =
        row => row.Id;

    /// <inheritdoc/>
    protected override Expression<Func<Grid, int>> ParentKey => ParentKeyOf;

    /// <inheritdoc/>
    protected override Expression<Func<Grid, IEnumerable<GridPackage>>> Children => ChildrenOf;

    /// <inheritdoc/>
    protected override Expression<Func<GridPackage, Package>> Node => NodeOf;

    /// <inheritdoc/>
    protected override Expression<Func<GridPackage, int>> ChildParentKey => ChildParentKeyOf;

    /// <inheritdoc/>
    protected override Expression<Func<GridPackage, int>> RowKey => RowKeyOf;
}
