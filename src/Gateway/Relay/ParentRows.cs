namespace Gateway.Relay;

/// <summary>The fetched page of one parent in a batched nested connection.</summary>
public sealed class ParentRows<TNode>
{
    public int ParentId { get; set; }

    public List<PageRow<TNode>> Rows { get; set; } = [];
}
