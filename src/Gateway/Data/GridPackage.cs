namespace Gateway.Data;

/// <summary>
/// Membership of a package in a grid. Its <see cref="Id"/> grows with every join, so ordering by it
/// gives the order in which packages joined the grid.
/// </summary>
public sealed class GridPackage
{
    public int Id { get; set; }

    public int GridId { get; set; }

    public Grid? Grid { get; set; }

    public int PackageId { get; set; }

    public Package? Package { get; set; }

    public DateTime Created { get; set; }

    public DateTime Modified { get; set; }
}
