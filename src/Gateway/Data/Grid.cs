namespace Gateway.Data;

/// <summary>A comparison grid: packages side by side against a list of features.</summary>
public sealed class Grid
{
    public const int TitleMaxLength = 100;
    public const int SlugMaxLength = 100;

    /// <summary>The v4 id, kept across imports.</summary>
    public int Id { get; set; }

    public string Title { get; set; } = "";

    public string Slug { get; set; } = "";

    public string Description { get; set; } = "";

    /// <summary>A locked grid is edited by moderators only.</summary>
    public bool IsLocked { get; set; }

    /// <summary>Whether the grid is featured in the site's header.</summary>
    public bool Header { get; set; }

    public DateTime Created { get; set; }

    public DateTime Modified { get; set; }

    /// <summary>Optimistic concurrency token: bumped by every edit.</summary>
    public int Version { get; set; } = 1;

    public string? ModifiedBy { get; set; }

    public List<GridPackage> GridPackages { get; set; } = [];

    public List<Feature> Features { get; set; } = [];
}
