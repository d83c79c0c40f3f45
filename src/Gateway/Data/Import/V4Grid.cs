namespace Gateway.Data.Import;

/// <summary>A grid as API v4 shows it, its package links reduced to ids in their order. Times are UTC.</summary>
public sealed record V4Grid(
    V4Location Location,
    int Id,
    string Title,
    string Slug,
    string Description,
    bool IsLocked,
    IReadOnlyList<int> PackageIds,
    bool Header,
    DateTime Created,
    DateTime Modified);
