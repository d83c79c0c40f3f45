using Gateway.Data;
using Gateway.DataLoading;
using Gateway.Filtering;
using Gateway.Packages;
using Gateway.Relay;
using GraphQL;

namespace Gateway.Participants;

/// <summary>The connections that hang off a participant.</summary>
internal static class ParticipantConnections
{
    // TODO(perf): one statement per parent participant until the batched nested connections land.
    public static Task<Connection> PackagesAsync(IResolveFieldContext<Participant> context)
    {
        var id = context.Source.Id;
        return FilteredConnection.LoadAsync(context, PackageFilters.Definition,
            db => db.PackageParticipants.Where(pp => pp.ParticipantId == id),
            pp => pp.Package!,
            new SortSpec<PackageParticipant>(),
            pp => pp.PackageId);
    }
}
