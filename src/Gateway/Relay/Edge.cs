namespace Gateway.Relay;

/// <summary>A node of a page with the cursor that points at it.</summary>
/// <remarks>
/// Note: a page's cursor is encoded only when a client reads it (JSON and base64 of the sort values):
/// most documents select nodes only, and a page of 50 packages with 10 grids and 10 participants each
/// has over a thousand edges (issue 9).
/// </remarks>
public sealed class Edge
{
    private readonly string? signature;
    private readonly IReadOnlyList<object?>? values;
    private string? cursor;

    /// <summary>An edge with its cursor already encoded.</summary>
    public Edge(string cursor, object node)
    {
        this.cursor = cursor;
        Node = node;
    }

    /// <summary>
    /// An edge whose cursor is encoded from the order's signature and the row's sort values when read.
    /// </summary>
    internal Edge(string signature, IReadOnlyList<object?>? values, object node)
    {
        this.signature = signature;
        this.values = values;
        Node = node;
    }

    /// <summary>The cursor of this node in its connection's order.</summary>
    public string Cursor => cursor ??= CursorCodec.Encode(signature!, values
        ?? throw new InvalidOperationException(
            "This page was read without its cursors, as its selection asked for none."));

    /// <summary>The node.</summary>
    public object Node { get; }
}
