namespace Gateway.Data;

/// <summary>A Django package: its repository, its PyPI release and its activity.</summary>
public sealed class Package
{
    public const int TitleMaxLength = 100;
    public const int SlugMaxLength = 100;
    public const int UrlMaxLength = 255;
    public const int WeeksOfCommits = 52;

    /// <summary>The v4 id, kept across imports.</summary>
    public int Id { get; set; }

    public string Title { get; set; } = "";

    public string Slug { get; set; } = "";

    public int CategoryId { get; set; }

    public Category? Category { get; set; }

    /// <summary>Repository URL; empty when unknown, unique otherwise.</summary>
    public string RepoUrl { get; set; } = "";

    public string RepoDescription { get; set; } = "";

    /// <summary>Stars of the repository.</summary>
    public int RepoWatchers { get; set; }

    public int RepoForks { get; set; }

    public string PypiUrl { get; set; } = "";

    /// <summary>Latest PyPI release; null when the package has none.</summary>
    public string? PypiVersion { get; set; }

    public string? DocumentationUrl { get; set; }

    /// <summary>Time of the last commit; null when the repository was never fetched.</summary>
    public DateTime? LastUpdated { get; set; }

    /// <summary>Time the site last fetched the repository and PyPI data.</summary>
    public DateTime? LastFetched { get; set; }

    /// <summary>Commits per week over the last 52 weeks, oldest first.</summary>
    public List<int> CommitsOver52 { get; set; } = [];

    /// <summary>Downloads from PyPI as last fetched.</summary>
    public int PypiDownloads { get; set; }

    public string? PypiLicense { get; set; }

    public string? PypiRequiresPython { get; set; }

    /// <summary>Whether the package supports Python 3; null when unknown.</summary>
    public bool? SupportsPython3 { get; set; }

    /// <summary>Sum of <see cref="CommitsOver52"/>, kept as a column so that it can be filtered and sorted.</summary>
    public int CommitCount { get; set; }

    /// <summary>The site's ranking score.</summary>
    public int Score { get; set; }

    /// <summary>When the package was marked deprecated; null while it is not.</summary>
    public DateTime? DateDeprecated { get; set; }

    public int? DeprecatedById { get; set; }

    public Package? DeprecatedBy { get; set; }

    public DateTime Created { get; set; }

    public DateTime Modified { get; set; }

    /// <summary>Optimistic concurrency token: bumped by every edit.</summary>
    public int Version { get; set; } = 1;

    public string? ModifiedBy { get; set; }

    public List<GridPackage> GridPackages { get; set; } = [];

    public List<PackageParticipant> PackageParticipants { get; set; } = [];
}
