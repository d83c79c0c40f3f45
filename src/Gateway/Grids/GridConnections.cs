using Gateway.Data;
using Gateway.DataLoading;
using Gateway.Filtering;
using Gateway.Packages;
using Gateway.Relay;
using GraphQL;

namespace Gateway.Grids;

/// <summary>The connections that hang off a grid.</summary>
internal static class GridConnections
{
    // TODO(perf): one statement per parent grid until the batched nested connections land.
    public static Task<Connection> PackagesAsync(IResolveFieldContext<Grid> context)
    {
        var id = context.Source.Id;
        return FilteredConnection.LoadAsync(context, PackageFilters.Definition,
            db => db.GridPackages.Where(gp => gp.GridId == id),
            gp => gp.Package!,
            new SortSpec<GridPackage>(),
            gp => gp.Id);
    }

    public static Task<Connection> FeaturesAsync(IResolveFieldContext<Grid> context)
    {
        var id = context.Source.Id;
        return KeysetPager.LoadAsync(context.Contexts(),
            db => db.Features.Where(f => f.GridId == id),
            new PageQuery<Feature>(null, new SortSpec<Feature>(), f => f.Id),
            f => f,
            PageRequest.FromContext(context),
            context.CancellationToken);
    }
}
