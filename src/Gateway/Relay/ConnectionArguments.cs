using System.Linq.Expressions;

namespace Gateway.Relay;

/// <summary>
/// Everything a client chose about one connection field: the page, the filter, the order, the
/// node's columns that the selection needs (null: all columns), whether it asks for <c>totalCount</c>
/// (then the count is read in the page's own statement) and whether it reads any cursor (else the sort
/// values a cursor is made of need not be read).
/// </summary>
public sealed record ConnectionArguments<TNode>(
    PageRequest Page,
    Expression<Func<TNode, bool>>? Where = null,
    SortSpec<TNode>? Order = null,
    Expression<Func<TNode, TNode>>? Shape = null,
    bool WithTotal = false,
    bool WithCursors = true)
{
    /// <summary>The engine's query over rows that hold a node, with the connection's default order.</summary>
    public PageQuery<TRow> ToQuery<TRow>(Expression<Func<TRow, TNode>> node, SortSpec<TRow> defaultOrder,
        Expression<Func<TRow, int>> key) => new(
        Where is null ? null : ExpressionComposer.Rebase(Where, node),
        Order?.Rebase(node) ?? defaultOrder,
        key);

    /// <summary>The projection from a row to the node, narrowed to <see cref="Shape"/> when there is one.</summary>
    public Expression<Func<TRow, TNode>> Select<TRow>(Expression<Func<TRow, TNode>> node) =>
        Shape is null ? node : (Expression<Func<TRow, TNode>>)ExpressionComposer.Compose(Shape, node);
}
