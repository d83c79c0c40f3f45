namespace Gateway.Data;

/// <summary>A row of a grid's comparison matrix ("Supports Python 3", "Has tests", ...).</summary>
public sealed class Feature
{
    public const int TitleMaxLength = 100;

    public int Id { get; set; }

    public int GridId { get; set; }

    public Grid? Grid { get; set; }

    public string Title { get; set; } = "";

    public string Description { get; set; } = "";

    public DateTime Created { get; set; }

    public DateTime Modified { get; set; }

    /// <summary>Optimistic concurrency token: bumped by every edit.</summary>
    public int Version { get; set; } = 1;

    public List<Element> Elements { get; set; } = [];
}
