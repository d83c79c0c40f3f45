namespace Gateway.Relay;

/// <summary>The fetched page of one parent in a batched nested connection.</summary>
public sealed class ParentRows<TNode>
{
    public int ParentId { get; set; }

    public List<PageRow<TNode>> Rows { get; set; } = [];

    /// <summary>The parent's number of rows under the filter, when the count was asked for.</summary>
    public int Total { get; set; }
}
