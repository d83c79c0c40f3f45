namespace Gateway.Relay;

/// <summary>A node of a page with the cursor that points at it.</summary>
public sealed record Edge(string Cursor, object Node);
