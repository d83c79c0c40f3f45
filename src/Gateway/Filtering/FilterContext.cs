using System.Collections;
using System.Linq.Expressions;
using Gateway.Relay;
using GraphQL;

namespace Gateway.Filtering;

/// <summary>Reads <c>where</c> and <c>order</c> from a connection field's arguments.</summary>
public static class FilterContext
{
    public const string WhereArgument = "where";
    public const string OrderArgument = "order";

    /// <summary>
    /// The page query of a connection whose rows (<typeparamref name="TRow"/>) hold nodes
    /// (<typeparamref name="TNode"/>): the filter and order are on the nodes and are rebased onto the
    /// rows. Without <c>order</c>, <paramref name="defaultOrder"/> applies.
    /// </summary>
    public static PageQuery<TRow> PageQuery<TRow, TNode>(
        this IResolveFieldContext context,
        FilterDefinition<TNode> definition,
        Expression<Func<TRow, TNode>> node,
        SortSpec<TRow> defaultOrder,
        Expression<Func<TRow, int>> key)
    {
        var where = Where(context, definition);
        var order = Order(context, definition);
        return new PageQuery<TRow>(
            where is null ? null : ExpressionComposer.Rebase(where, node),
            order.Keys.Count == 0 ? defaultOrder : order.Rebase(node),
            key);
    }

    /// <summary>The translated <c>where</c> argument; null when absent.</summary>
    public static Expression<Func<T, bool>>? Where<T>(
        this IResolveFieldContext context, FilterDefinition<T> definition) =>
        FilterTranslator.Translate(definition, Argument(context, WhereArgument) as IDictionary<string, object?>);

    /// <summary>The translated <c>order</c> argument; no keys when absent.</summary>
    public static SortSpec<T> Order<T>(this IResolveFieldContext context, FilterDefinition<T> definition) =>
        SortTranslator.Translate(definition, Argument(context, OrderArgument) as IEnumerable);

    private static object? Argument(IResolveFieldContext context, string name) =>
        context.Arguments is not null && context.Arguments.TryGetValue(name, out var argument) ? argument.Value : null;
}
