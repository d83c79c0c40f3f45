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
    /// <inheritdoc/>
    protected override Expression<Func<Grid, int>> ParentKey { get; } =
        parent => parent.Id;

    /// <inheritdoc/>
    protected override Expression<Func<Grid, IEnumerable<GridPackage>>> Children { get; } =
        parent => parent.GridPackages;

    /// <inheritdoc/>
    protected override Expression<Func<GridPackage, Package>> Node { get; } =
        row => row.Package!;

    /// <inheritdoc/>
    protected override Expression<Func<GridPackage, int>> ChildParentKey { get; } =
        row => row.GridId;

    /// <inheritdoc/>
    protected override Expression<Func<GridPackage, int>> RowKey { get; } =
        row => row.Id;
}
