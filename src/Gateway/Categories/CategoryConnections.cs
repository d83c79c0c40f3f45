using Gateway.Data;
using Gateway.DataLoading;
using Gateway.Filtering;
using Gateway.Packages;
using Gateway.Relay;
using GraphQL;

namespace Gateway.Categories;

/// <summary>The connections that hang off a category.</summary>
internal static class CategoryConnections
{
    // TODO(perf): one statement per parent category until the batched nested connections land.
    public static Task<Connection> PackagesAsync(IResolveFieldContext<Category> context)
    {
        var id = context.Source.Id;
        return FilteredConnection.LoadAsync(context, PackageFilters.Definition,
            db => db.Packages.Where(p => p.CategoryId == id),
            p => p,
            new SortSpec<Package>(),
            p => p.Id);
    }
}
