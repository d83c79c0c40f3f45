using Gateway.Data;
using Gateway.Filtering;
using Gateway.Packages;

namespace Gateway.Participants;

/// <summary>The fields of <see cref="Participant"/> that <c>where</c>, <c>order</c> and aggregates can use.</summary>
public static class ParticipantFilters
{
    public static FilterDefinition<Participant> Definition { get; } = new FilterDefinition<Participant>("Participant")
        .Field("databaseId", p => p.Id, "The participant's number.")
        .Field("login", p => p.Login, "The login, case kept.")
        .List<Package, PackageFilterInputType>(
            "packages", p => p.PackageParticipants.Select(pp => pp.Package!), () => PackageFilters.Definition,
            "The packages the participant takes part in.");
}
