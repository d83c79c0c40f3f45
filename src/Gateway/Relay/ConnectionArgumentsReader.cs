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
                SelectedFields.OnObject(context).Contains("totalCount"), SelectedFields.ReadsCursors(context));
            Selections.AddOrUpdate(context.FieldAst, selection);
        }

        var page = PageRequest.FromContext(context);
        var filter = context.RequestServices?.GetService<IConnectionFilter<TNode>>();
        var (where, order) = filter?.Read(context) ?? default;
        return new ConnectionArguments<TNode>(page, where, order, selection.Shape, selection.WithTotal,
            selection.WithCursors);
    }


    private sealed record Selection<TNode>(
        Expression<Func<TNode, TNode>>? Shape,
        IReadOnlyDictionary<string, string[]> FieldColumns,
        bool WithTotal,
        bool WithCursors);
}
