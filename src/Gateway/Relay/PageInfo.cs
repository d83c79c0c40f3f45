namespace Gateway.Relay;

/// <summary>Where a page sits in its connection.</summary>
public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);
