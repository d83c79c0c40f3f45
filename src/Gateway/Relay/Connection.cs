using Gateway.DataLoading;
using GraphQL.DataLoader;

namespace Gateway.Relay;

/// <summary>A page of a connection, with its total count loaded only when a client asks for it.</summary>
public sealed class Connection
{
    /// <summary>Creates a page of <paramref name="edges"/>.</summary>
    public Connection(IReadOnlyList<Edge> edges, PageInfo pageInfo, Func<IDataLoaderResult<int>> totalCount)
    {
        Edges = edges;
        PageInfo = pageInfo;
        TotalCount = totalCount;
    }

    public IReadOnlyList<Edge> Edges { get; }

    /// <summary>The edges' nodes, as an array: GraphQL.NET walks a list it can index without an enumerator.</summary>
    public IReadOnlyList<object> Nodes
    {
        get
        {
            var nodes = new object[Edges.Count];
            for (var i = 0; i < nodes.Length; i++)
            {
                nodes[i] = Edges[i].Node;
            }

            return nodes;
        }
    }

    public PageInfo PageInfo { get; }

    /// <summary>The number of nodes of the whole connection under its filter, deferred to the loaders' turn.</summary>
    public Func<IDataLoaderResult<int>> TotalCount { get; }

    /// <summary>
    /// The requested aggregates over the connection's rows under its filter, deferred to the loaders'
    /// turn so that the parents of a nested connection share one statement; null when the connection
    /// has none (set by <see cref="Filtering.FilteredConnection"/> and
    /// <see cref="ConnectionDataLoader{TParent, TRow, TNode}"/>).
    /// </summary>
    public Func<IReadOnlyCollection<Filtering.AggregateSelection>, IDataLoaderResult<Filtering.AggregateResult>>?
        Aggregate
    { get; set; }

    /// <summary>An empty page whose connection is empty too.</summary>
    public static Connection Empty { get; } = new([], new PageInfo(false, false, (string?)null, null),
        () => new DeferredResult<int>(_ => Task.FromResult(0)));
}
