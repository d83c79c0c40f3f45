namespace Gateway.Rest;

/// <summary>What the v4 package serializer shows of a package, with its grid ids and participant logins.</summary>
internal sealed class RestPackage
{
    public int Id { get; init; }

    public int CategoryId { get; init; }

    public string Title { get; init; } = "";

    public string Slug { get; init; } = "";

    public DateTime? LastUpdated { get; init; }

    public DateTime? LastFetched { get; init; }

    public string RepoUrl { get; init; } = "";

    public string? PypiVersion { get; init; }

    public DateTime Created { get; init; }

    public DateTime Modified { get; init; }

    public int RepoForks { get; init; }

    public string RepoDescription { get; init; } = "";

    public string PypiUrl { get; init; } = "";

    public string? DocumentationUrl { get; init; }

    public int RepoWatchers { get; init; }

    public List<int> CommitsOver52 { get; init; } = [];

    /// <summary>Grid ids in the order the package joined them.</summary>
    public IReadOnlyList<int> GridIds { get; set; } = [];

    /// <summary>Participant logins in the catalogue's order.</summary>
    public IReadOnlyList<string> Participants { get; set; } = [];
}
