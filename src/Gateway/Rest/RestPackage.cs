using Gateway.Data;

namespace Gateway.Rest;

/// <summary>A package as the v4 serializer needs it: the row, its grid ids and its participant logins.</summary>
/// <param name="Row">The package as stored.</param>
/// <param name="GridIds">Grid ids in the order the package joined them.</param>
/// <param name="Participants">Participant logins in the catalogue's order.</param>
internal sealed record RestPackage(Package Row, IReadOnlyList<int> GridIds, IReadOnlyList<string> Participants);
