using Gateway.Editing;

namespace Gateway.Grids;

/// <summary>The editable fields of a grid feature; title is required for a new one, null means unchanged.</summary>
public sealed class FeatureChanges
{
    /// <summary>
    /// Problems already found while reading the input (global ids that are not of this API or name
    /// another type); they are reported together with the field checks, never on their own.
    /// </summary>
    public IReadOnlyList<EditError> InputErrors { get; init; } = [];

    public string? Title { get; set; }

    public string? Description { get; set; }
}
