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
    // Note: the expressions are built once per type; loaders are made per request (issue 9).
    private static readonly Expression<Func<Category, int>> ParentKeyOf =
        parent => parent.Id;

    private static readonly Expression<Func<Category, IEnumerable<Package>>> ChildrenOf =
        parent => parent.Packages;

    private static readonly Expression<Func<Package, Package>> NodeOf =
        row => row;

    private static readonly Expression<Func<Package, int>> ChildParentKeyOf =
        row => row.CategoryId;

    private static readonly Expression<Func<Package, int>> RowKeyOf =
        row => row.Id;

    /// <inheritdoc/>
    protected override Expression<Func<Category, int>> ParentKey => ParentKeyOf;

    /// <inheritdoc/>
    protected override Expression<Func<Category, IEnumerable<Package>>> Children => ChildrenOf;

    /// <inheritdoc/>
    protected override Expression<Func<Package, Package>> Node => NodeOf;

    /// <inheritdoc/>
    protected override Expression<Func<Package, int>> ChildParentKey => ChildParentKeyOf;

    /// <inheritdoc/>
    protected override Expression<Func<Package, int>> RowKey => RowKeyOf;
}
