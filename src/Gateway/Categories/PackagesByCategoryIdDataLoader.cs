using System.Linq.Expressions;
using Gateway.Data;
using Gateway.DataLoading;
using Gateway.Relay;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Categories;

/// <summary>The packages of each category, by databaseId.</summary>
public sealed class PackagesByCategoryIdDataLoader(
    IDbContextFactory<CatalogueDbContext> contexts,
    ConnectionArguments<Package> arguments)
    : ConnectionDataLoader<Category, Package, Package>(contexts, arguments)
{
    /// <inheritdoc/>
    protected override Expression<Func<Category, int>> ParentKey { get; } =
        parent => parent.Id;

    /// <inheritdoc/>
    protected override Expression<Func<Category, IEnumerable<Package>>> Children { get; } =
        parent => parent.Packages;

    /// <inheritdoc/>
    protected override Expression<Func<Package, Package>> Node { get; } =
        row => row;

    /// <inheritdoc/>
    protected override Expression<Func<Package, int>> ChildParentKey { get; } =
        row => row.CategoryId;

    /// <inheritdoc/>
    protected override Expression<Func<Package, int>> RowKey { get; } =
        row => row.Id;
}
