namespace Gateway.Data.Import;

/// <summary>Everything one import read, parsed and checked record by record, not yet against the store.</summary>
public sealed class V4Dump
{
    public List<V4Category> Categories { get; } = [];

    public List<V4Grid> Grids { get; } = [];

    public List<V4Package> Packages { get; } = [];

    public int Count => Categories.Count + Grids.Count + Packages.Count;
}
