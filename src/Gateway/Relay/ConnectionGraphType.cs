using GraphQL;
using GraphQL.Types;

namespace Gateway.Relay;

/// <summary>The Relay connection type of <typeparamref name="TNodeType"/>: <c>{Node}Connection</c>.</summary>
public sealed class ConnectionGraphType<TNodeType> : ObjectGraphType<Connection>
    where TNodeType : IGraphType
{
    public ConnectionGraphType()
    {
        var node = typeof(TNodeType).GraphQLName();
        Name = node + "Connection";
        Description = $"A page of {node} nodes. Walk forward with first/after and backward with last/before.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EdgeGraphType<TNodeType>>>>>("edges")
            .Description("The page's nodes with their cursors, in the connection's order.")
            .Resolve(c => c.Source.Edges);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TNodeType>>>>("nodes")
            .Description("The page's nodes, in the connection's order, when no cursor is needed.")
            .Resolve(c => c.Source.Nodes);
        Field<NonNullGraphType<PageInfoGraphType>>("pageInfo")
            .Description("Whether more nodes precede or follow the page, and the cursors to get them.")
            .Resolve(c => c.Source.PageInfo);
        Field<NonNullGraphType<IntGraphType>>("totalCount")
            .Description("How many nodes the whole connection holds under its filter, whatever the page. " +
                "Read in the page's own statement, and only when asked for.")
            .Resolve(c => c.Source.TotalCount());
        Filtering.ConnectionAggregates.AddField(this, typeof(TNodeType));
    }
}
