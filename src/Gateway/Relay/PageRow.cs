namespace Gateway.Relay;

/// <summary>A fetched row: the node and the sort values its cursor is made of.</summary>
public sealed class PageRow<TNode>
{
    public TNode Node { get; set; } = default!;

    public object?[] Values { get; set; } = [];
}
