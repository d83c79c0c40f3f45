namespace Gateway.Categories;

/// <summary>
/// The editable fields of a category. For a new category, title and slug are required; for an update,
/// a null field stays as it is.
/// </summary>
public sealed class CategoryChanges
{
    public string? Title { get; set; }

    public string? Slug { get; set; }

    public string? Description { get; set; }

    public string? TitlePlural { get; set; }

    public bool? ShowPypi { get; set; }
}
