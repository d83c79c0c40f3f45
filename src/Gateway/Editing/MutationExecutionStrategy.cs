using GraphQL.Execution;
using ExecutionContext = GraphQL.Execution.ExecutionContext;

namespace Gateway.Editing;

/// <summary>
/// Runs the fields of a mutation one after the other, each with its whole selection (data loaders
/// included) before the next field starts, as the GraphQL specification orders.
/// </summary>
/// <remarks>
/// Note: GraphQL.NET's <see cref="SerialExecutionStrategy"/> runs the mutation resolvers in order but
/// completes every data-loader field only after all of them, so the payload of an earlier mutation would
/// show the state after a later one. Here each root field gets its own pass of the serial strategy, so
/// loaders still batch within one mutation's payload.
/// </remarks>
public sealed class MutationExecutionStrategy : SerialExecutionStrategy
{
    public override async Task ExecuteNodeTreeAsync(ExecutionContext context, ExecutionNode rootNode)
    {
        if (rootNode is not RootExecutionNode { SubFields: { } fields })
        {
            await base.ExecuteNodeTreeAsync(context, rootNode);
            return;
        }

        foreach (var field in fields)
        {
            await base.ExecuteNodeTreeAsync(context, field);
        }
    }
}
