using System.Linq.Expressions;
using GraphQL;

namespace Gateway.Relay;

/// <summary>Reads <see cref="ConnectionArguments{TNode}"/> from a connection field.</summary>
public static class ConnectionArgumentsReader
{
    /// <summary>
    /// The field's page (validated), its filter and order when an <see cref="IConnectionFilter{TNode}"/>
    /// is registered, and the node columns its selection needs (see <see cref="NodeShape"/>).
    /// </summary>
    public static ConnectionArguments<TNode> Read<TNode>(IResolveFieldContext context,
        IReadOnlyDictionary<string, string[]> fieldColumns)
        where TNode : new() => Read(context, NodeShape.ForConnection<TNode>(context, fieldColumns));

    /// <summary>The field's page, filter and order, with the columns of <paramref name="shape"/>.</summary>
    public static ConnectionArguments<TNode> Read<TNode>(IResolveFieldContext context,
        Expression<Func<TNode, TNode>>? shape)
    {
        var page = PageRequest.FromContext(context);
        var withTotal = SelectedFields.OnObject(context).Contains("totalCount");
        var withCursors = SelectedFields.ReadsCursors(context);
        var filter = context.RequestServices?.GetService<IConnectionFilter<TNode>>();
        if (filter is null)
        {
            return new ConnectionArguments<TNode>(page, Shape: shape, WithTotal: withTotal, WithCursors: withCursors);
        }

        var (where, order) = filter.Read(context);
        return new ConnectionArguments<TNode>(page, where, order, shape, withTotal, withCursors);
    }
}
