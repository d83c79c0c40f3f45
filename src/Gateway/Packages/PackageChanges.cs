using Gateway.Editing;

namespace Gateway.Packages;

/// <summary>
/// The editable fields of a package. For a new package, title, slug and category are required; for an
/// update, a null field stays as it is, and "" clears an optional text or URL.
/// </summary>
public sealed class PackageChanges
{
    /// <summary>
    /// Problems already found while reading the input (global ids that are not of this API or name
    /// another type); they are reported together with the field checks, never on their own.
    /// </summary>
    public IReadOnlyList<EditError> InputErrors { get; init; } = [];

    public string? Title { get; set; }

    public string? Slug { get; set; }

    public int? CategoryId { get; set; }

    public string? RepoUrl { get; set; }

    public string? RepoDescription { get; set; }

    public string? PypiUrl { get; set; }

    public string? DocumentationUrl { get; set; }

    /// <summary>Commits per week over the last 52 weeks, oldest first.</summary>
    public IReadOnlyList<int>? CommitsOver52 { get; set; }
}
