namespace Gateway.Data.Import;

/// <summary>A category as API v4 shows it. Timestamps are UTC.</summary>
public sealed record V4Category(
    V4Location Location,
    int Id,
    string Title,
    string Slug,
    string Description,
    string TitlePlural,
    bool ShowPypi,
    DateTime Created,
    DateTime Modified);
