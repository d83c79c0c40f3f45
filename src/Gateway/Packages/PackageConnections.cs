using Gateway.Data;
using Gateway.DataLoading;
using Gateway.Filtering;
using Gateway.Grids;
using Gateway.Participants;
using Gateway.Relay;
using GraphQL;

namespace Gateway.Packages;

/// <summary>The connections that hang off a package.</summary>
internal static class PackageConnections
{
    // TODO(perf): one statement per parent package until the batched nested connections land.
    public static Task<Connection> GridsAsync(IResolveFieldContext<Package> context)
    {
        var id = context.Source.Id;
        return FilteredConnection.LoadAsync(context, GridFilters.Definition,
            db => db.GridPackages.Where(gp => gp.PackageId == id),
            gp => gp.Grid!,
            new SortSpec<GridPackage>(),
            gp => gp.Id);
    }

    public static Task<Connection> ParticipantsAsync(IResolveFieldContext<Package> context)
    {
        var id = context.Source.Id;
        return FilteredConnection.LoadAsync(context, ParticipantFilters.Definition,
            db => db.PackageParticipants.Where(pp => pp.PackageId == id),
            pp => pp.Participant!,
            new SortSpec<PackageParticipant>().ThenBy("position", pp => pp.Position),
            pp => pp.ParticipantId);
    }
}
