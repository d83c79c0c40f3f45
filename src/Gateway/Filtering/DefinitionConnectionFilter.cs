using System.Linq.Expressions;
using Gateway.Relay;
using GraphQL;

namespace Gateway.Filtering;

/// <summary>
/// The <see cref="IConnectionFilter{TNode}"/> of a node with a <see cref="FilterDefinition{T}"/>: reads the
/// field's <c>where</c> and <c>order</c> arguments (declared by <c>FilterArguments</c>) through it.
/// </summary>
public sealed class DefinitionConnectionFilter<TNode>(FilterDefinition<TNode> definition) : IConnectionFilter<TNode>
{
    /// <inheritdoc/>
    public (Expression<Func<TNode, bool>>? Where, SortSpec<TNode>? Order) Read(IResolveFieldContext context)
    {
        var order = context.Order(definition);
        return (context.Where(definition), order.Keys.Count == 0 ? null : order);
    }
}
