using System.Linq.Expressions;
using Gateway.Data;
using Gateway.DataLoading;
using Gateway.Relay;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Packages;

/// <summary>The grids of each package, in the order the package joined them (grid membership id).</summary>
public sealed class GridsByPackageIdDataLoader(
    IDbContextFactory<CatalogueDbContext> contexts,
    ConnectionArguments<Grid> arguments)
    : ConnectionDataLoader<Package, GridPackage, Grid>(contexts, arguments)
{
    // Note: the expressions are built once per type; loaders are made per request (issue 9).
    private static readonly Expression<Func<Package, int>> ParentKeyOf =
        parent => parent.Id;

    private static readonly Expression<Func<Package, IEnumerable<GridPackage>>> ChildrenOf =
        parent => parent.GridPackages;

    private static readonly Expression<Func<GridPackage, Grid>> NodeOf =
        row => row.Grid!;

    private static readonly Expression<Func<GridPackage, int>> ChildParentKeyOf =
        row => row.PackageId;

    private static readonly Expression<Func<GridPackage, int>> RowKeyOf =
        row => row.Id;

    /// <inheritdoc/>
    protected override Expression<Func<Package, int>> ParentKey => ParentKeyOf;

    /// <inheritdoc/>
    protected override Expression<Func<Package, IEnumerable<GridPackage>>> Children => ChildrenOf;

    /// <inheritdoc/>
    protected override Expression<Func<GridPackage, Grid>> Node => NodeOf;

    /// <inheritdoc/>
    protected override Expression<Func<GridPackage, int>> ChildParentKey => ChildParentKeyOf;

    /// <inheritdoc/>
    protected override Expression<Func<GridPackage, int>> RowKey => RowKeyOf;
}
