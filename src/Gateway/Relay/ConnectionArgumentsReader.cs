using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using GraphQL;
using GraphQLParser.AST;

namespace Gateway.Relay;

/// <summary>Reads <see cref="ConnectionArguments{TNode}"/> from a connection field.</summary>
public static class ConnectionArgumentsReader
{
    // Note: what a field selects depends on its place in the document alone, and a cached document's
    // fields are the same objects on every request; their shape is worked out once per field (issue 9).
    private static readonly ConditionalWeakTable<GraphQLField, object> Selections = [];

    /// <summary>
    /// The field's page (validated), its filter and order when an <see cref="IConnectionFilter{TNode}"/>
    /// is registered, and the node columns its selection needs (see <see cref="NodeShape"/>).
    /// </summary>
    public static ConnectionArguments<TNode> Read<TNode>(IResolveFieldContext context,
        IReadOnlyDictionary<string, string[]> fieldColumns)
        where TNode : new()
    {
        if (!Selections.TryGetValue(context.FieldAst, out var known)
            || known is not Selection<TNode> selection
            || !ReferenceEquals(selection.FieldColumns, fieldColumns))
        {
            selection = new Selection<TNode>(NodeShape.ForConnection<TNode>(context, fieldColumns), fieldColumns,
                WithTotal(context), SelectedFields.ReadsCursors(context));
            Selections.AddOrUpdate(context.FieldAst, selection);
        }

        return Read(context, selection.Shape, selection.WithTotal, selection.WithCursors);
    }

    /// <summary>The field's page, filter and order, with the columns of <paramref name="shape"/>.</summary>
    public static ConnectionArguments<TNode> Read<TNode>(IResolveFieldContext context,
        Expression<Func<TNode, TNode>>? shape) =>
        Read(context, shape, WithTotal(context), SelectedFields.ReadsCursors(context));

    private static ConnectionArguments<TNode> Read<TNode>(IResolveFieldContext context,
        Expression<Func<TNode, TNode>>? shape, bool withTotal, bool withCursors)
    {
        var page = PageRequest.FromContext(context);
        var filter = context.RequestServices?.GetService<IConnectionFilter<TNode>>();
        if (filter is null)
        {
            return new ConnectionArguments<TNode>(page, Shape: shape, WithTotal: withTotal, WithCursors: withCursors);
        }

        var (where, order) = filter.Read(context);
        return new ConnectionArguments<TNode>(page, where, order, shape, withTotal, withCursors);
    }

    private static bool WithTotal(IResolveFieldContext context) =>
        SelectedFields.OnObject(context).Contains("totalCount");

    private sealed record Selection<TNode>(
        Expression<Func<TNode, TNode>>? Shape,
        IReadOnlyDictionary<string, string[]> FieldColumns,
        bool WithTotal,
        bool WithCursors);
}
