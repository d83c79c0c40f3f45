namespace Gateway.Grids;

/// <summary>
/// The editable fields of a grid. For a new grid, title and slug are required; for an update, a null
/// field stays as it is. Only moderators may set <see cref="IsLocked"/>.
/// </summary>
public sealed class GridChanges
{
    public string? Title { get; set; }

    public string? Slug { get; set; }

    public string? Description { get; set; }

    public bool? IsLocked { get; set; }
}
