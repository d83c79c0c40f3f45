namespace Gateway.Rest;

/// <summary>What the v4 grid serializer shows of a grid, with its package ids.</summary>
internal sealed class RestGrid
{
    public int Id { get; init; }

    public string Title { get; init; } = "";

    public string Slug { get; init; } = "";

    public string Description { get; init; } = "";

    public bool IsLocked { get; init; }

    public bool Header { get; init; }

    public DateTime Created { get; init; }

    public DateTime Modified { get; init; }

    /// <summary>
    /// Package ids ordered as the site lists them: by package title (the package model's default ordering,
    /// which Django applies to the prefetched many-to-many), then by id.
    /// </summary>
    public IReadOnlyList<int> PackageIds { get; set; } = [];
}
