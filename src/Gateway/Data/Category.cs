namespace Gateway.Data;

/// <summary>A top-level grouping of packages ("Apps", "Frameworks", ...), as on djangopackages.org.</summary>
public sealed class Category
{
    public const int TitleMaxLength = 50;
    public const int SlugMaxLength = 50;

    /// <summary>The v4 id, kept across imports.</summary>
    public int Id { get; set; }

    public string Title { get; set; } = "";

    public string Slug { get; set; } = "";

    public string Description { get; set; } = "";

    public string TitlePlural { get; set; } = "";

    /// <summary>Whether the site shows PyPI columns for packages of this category.</summary>
    public bool ShowPypi { get; set; } = true;

    public DateTime Created { get; set; }

    public DateTime Modified { get; set; }

    /// <summary>Optimistic concurrency token: bumped by every edit.</summary>
    public int Version { get; set; } = 1;

    /// <summary>Name of the API token that made the last edit; null for imported or seeded rows.</summary>
    public string? ModifiedBy { get; set; }

    public List<Package> Packages { get; set; } = [];
}
