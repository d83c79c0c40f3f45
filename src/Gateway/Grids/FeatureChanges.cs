namespace Gateway.Grids;

/// <summary>The editable fields of a grid feature; title is required for a new one, null means unchanged.</summary>
public sealed class FeatureChanges
{
    public string? Title { get; set; }

    public string? Description { get; set; }
}
