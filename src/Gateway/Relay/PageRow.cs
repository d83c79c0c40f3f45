namespace Gateway.Relay;

/// <summary>
/// A fetched row: the node, the sort values its cursor is made of (null when no cursor was asked for), and
/// (when asked for) the number of rows of the whole connection, read in the same statement.
/// </summary>
public sealed class PageRow<TNode>
{
    public TNode Node { get; set; } = default!;

    public object?[]? Values { get; set; } = [];

    public int Total { get; set; }
}
