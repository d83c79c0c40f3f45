namespace Gateway.Rest;

/// <summary>One result of <c>/search/</c>: a row of the site's denormalized search index (SearchV3).</summary>
internal sealed record RestSearchHit
{
    /// <summary><c>package</c> or <c>grid</c>.</summary>
    public required string ItemType { get; init; }

    public required string Title { get; init; }

    public required string Slug { get; init; }

    public string Description { get; init; } = "";

    /// <summary>The category's title for a package; empty for a grid.</summary>
    public string Category { get; init; } = "";

    public int Weight { get; init; }

    public int RepoWatchers { get; init; }

    public int RepoForks { get; init; }

    public int PypiDownloads { get; init; }

    public int Score { get; init; }

    public int Usage { get; init; }

    /// <summary>Participant logins joined by commas, as the site stores them.</summary>
    public string Participants { get; init; } = "";

    public DateTime? LastCommitted { get; init; }

    public DateTime? LastReleased { get; init; }

    public DateTime Created { get; init; }

    public DateTime Modified { get; init; }
}
