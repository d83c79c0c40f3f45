using Gateway.Editing;

namespace Gateway.Categories;

/// <summary>
/// The editable fields of a category. For a new category, title and slug are required; for an update,
/// a null field stays as it is.
/// </summary>
public sealed class CategoryChanges
{
    /// <summary>
    /// Problems already found while reading the input (global ids that are not of this API or name
    /// another type); they are reported together with the field checks, never on their own.
    /// </summary>
    public IReadOnlyList<EditError> InputErrors { get; init; } = [];

    public string? Title { get; set; }

    public string? Slug { get; set; }

    public string? Description { get; set; }

    public string? TitlePlural { get; set; }

    public bool? ShowPypi { get; set; }
}
