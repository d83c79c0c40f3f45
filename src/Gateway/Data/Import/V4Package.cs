namespace Gateway.Data.Import;

/// <summary>A package as API v4 shows it, its links reduced to ids. Timestamps are UTC.</summary>
public sealed record V4Package(
    V4Location Location,
    int Id,
    int CategoryId,
    IReadOnlyList<int> GridIds,
    string Title,
    string Slug,
    DateTime? LastUpdated,
    DateTime? LastFetched,
    string RepoUrl,
    string? PypiVersion,
    DateTime Created,
    DateTime Modified,
    int RepoForks,
    string RepoDescription,
    string PypiUrl,
    string? DocumentationUrl,
    int RepoWatchers,
    IReadOnlyList<int> CommitsOver52,
    IReadOnlyList<string> Participants);
