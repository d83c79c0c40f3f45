using Gateway.Data;
using Gateway.DataLoading;
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
        return KeysetPager.LoadAsync(context.Contexts(),
            db => db.Packages.Where(p => p.CategoryId == id),
            new PageQuery<Package>(null, new SortSpec<Package>(), p => p.Id),
            p => p,
            PageRequest.FromContext(context),
            context.CancellationToken);
    }
}
