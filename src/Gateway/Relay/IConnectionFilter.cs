using System.Linq.Expressions;
using GraphQL;

namespace Gateway.Relay;

/// <summary>
/// Turns a connection field's <c>where</c> and <c>order</c> arguments into a predicate and an order on
/// <typeparamref name="TNode"/>. Register one per node type (singleton); connections without one are
/// unfiltered and in their default order.
/// </summary>
public interface IConnectionFilter<TNode>
{
    /// <summary>The predicate (null: all nodes) and order (null: the connection's default) of the field.</summary>
    (Expression<Func<TNode, bool>>? Where, SortSpec<TNode>? Order) Read(IResolveFieldContext context);
}
