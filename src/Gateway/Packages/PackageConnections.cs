using Gateway.Data;
using Gateway.DataLoading;
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
        return KeysetPager.LoadAsync(context.Contexts(),
            db => db.GridPackages.Where(gp => gp.PackageId == id),
            new PageQuery<GridPackage>(null, new SortSpec<GridPackage>(), gp => gp.Id),
            gp => gp.Grid!,
            PageRequest.FromContext(context),
            context.CancellationToken);
    }

    public static Task<Connection> ParticipantsAsync(IResolveFieldContext<Package> context)
    {
        var id = context.Source.Id;
        return KeysetPager.LoadAsync(context.Contexts(),
            db => db.PackageParticipants.Where(pp => pp.PackageId == id),
            new PageQuery<PackageParticipant>(null,
                new SortSpec<PackageParticipant>().ThenBy("position", pp => pp.Position),
                pp => pp.ParticipantId),
            pp => pp.Participant!,
            PageRequest.FromContext(context),
            context.CancellationToken);
    }
}
