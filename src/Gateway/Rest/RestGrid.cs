using Gateway.Data;

namespace Gateway.Rest;

/// <summary>A grid as the v4 serializer needs it: the row and its package ids.</summary>
/// <param name="Row">The grid as stored.</param>
/// <param name="PackageIds">
/// Package ids ordered as the site lists them: by package title (the package model's default ordering,
/// which Django applies to the prefetched many-to-many), then by id.
/// </param>
internal sealed record RestGrid(Grid Row, IReadOnlyList<int> PackageIds);
