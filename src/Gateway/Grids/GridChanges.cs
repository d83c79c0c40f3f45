using Gateway.Editing;

namespace Gateway.Grids;

/// <summary>
/// The editable fields of a grid. For a new grid, title and slug are required; for an update, a null
/// field stays as it is. Only moderators may set <see cref="IsLocked"/>.
/// </summary>
public sealed class GridChanges
{
    /// <summary>
    /// Problems already found while reading the input (global ids that are not of this API or name
    /// another type); they are reported together with the field checks, never on their own.
    /// </summary>
    public IReadOnlyList<EditError> InputErrors { get; init; } = [];

    public string? Title { get; set; }

    public string? Slug { get; set; }

    public string? Description { get; set; }

    public bool? IsLocked { get; set; }
}
