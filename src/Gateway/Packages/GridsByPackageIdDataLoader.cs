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
    /// <inheritdoc/>
    protected override Expression<Func<Package, int>> ParentKey { get; } =
        parent => parent.Id;

    /// <inheritdoc/>
    protected override Expression<Func<Package, IEnumerable<GridPackage>>> Children { get; } =
        parent => parent.GridPackages;

    /// <inheritdoc/>
    protected override Expression<Func<GridPackage, Grid>> Node { get; } =
        row => row.Grid!;

    /// <inheritdoc/>
    protected override Expression<Func<GridPackage, int>> ChildParentKey { get; } =
        row => row.PackageId;

    /// <inheritdoc/>
    protected override Expression<Func<GridPackage, int>> RowKey { get; } =
        row => row.Id;
}
