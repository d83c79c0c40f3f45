namespace Gateway.Data;

/// <summary>A cell of a grid's comparison matrix: the text for one feature of one package.</summary>
public sealed class Element
{
    public int Id { get; set; }

    public int FeatureId { get; set; }

    public Feature? Feature { get; set; }

    public int PackageId { get; set; }

    public Package? Package { get; set; }

    public string Text { get; set; } = "";

    public DateTime Created { get; set; }

    public DateTime Modified { get; set; }

    /// <summary>Optimistic concurrency token: bumped by every edit.</summary>
    public int Version { get; set; } = 1;
}
