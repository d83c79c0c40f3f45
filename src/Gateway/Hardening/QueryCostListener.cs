using GraphQL.Execution;
using GraphQL.Validation;
using Microsoft.Extensions.Options;

namespace Gateway.Hardening;

/// <summary>
/// Prices a valid operation once its arguments are known (see <see cref="QueryCost"/>) and refuses it above
/// the limit, before anything runs; the price is kept for the response's <c>extensions.cost</c>.
/// </summary>
/// <remarks>
/// Note: a listener rather than a validation rule. Any rule at all makes GraphQL.NET walk the whole document
/// with its type tracker before parsing the arguments, and a cached document needs no other rule (see
/// <see cref="Graph.DocumentCache"/>); the price needs the parsed arguments, which a listener receives.
/// </remarks>
internal sealed class QueryCostListener(IOptionsMonitor<GraphQLLimitsOptions> options) : DocumentExecutionListenerBase
{
    /// <summary>The <see cref="GraphQL.ExecutionOptions.UserContext"/> key of the computed cost.</summary>
    public const string CostKey = "gateway.cost";

    public override Task AfterValidationAsync(IExecutionContext context, IValidationResult validationResult)
    {
        // Note: an invalid document (a fragment cycle, an unknown field) is not priced; its errors say more.
        if (!validationResult.IsValid || context.Errors.Count > 0)
        {
            return Task.CompletedTask;
        }

        var limits = options.CurrentValue;
        var cost = new QueryCost(context.Schema, context.Document, context.ArgumentValues, limits.DefaultPageSize)
            .Of(context.Operation);
        context.UserContext[CostKey] = cost;
        if (limits.MaxCost > 0 && cost > limits.MaxCost)
        {
            context.Errors.Add(new LimitValidationError(context.Document.Source, "MAX_COST_EXCEEDED",
                $"The operation may return up to {cost} nodes; at most {limits.MaxCost} are allowed. " +
                "Ask for smaller pages (first/last) on nested connections.", context.Operation));
        }

        return Task.CompletedTask;
    }
}
