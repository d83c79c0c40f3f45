namespace Gateway.Data.Seeding;

/// <summary>The rows of the demo catalogue, built in memory before they are written.</summary>
public sealed class DemoCatalogueData
{
    public List<Category> Categories { get; } = [];

    public List<Grid> Grids { get; } = [];

    public List<Package> Packages { get; } = [];

    public List<GridPackage> GridPackages { get; } = [];

    public List<Feature> Features { get; } = [];

    public List<Element> Elements { get; } = [];

    public List<Participant> Participants { get; } = [];

    public List<PackageParticipant> PackageParticipants { get; } = [];
}
