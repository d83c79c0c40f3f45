using GraphQL.Validation;
using Microsoft.Extensions.Options;

namespace Gateway.Hardening;

/// <summary>
/// Prices the operation once its arguments are known (see <see cref="QueryCost"/>) and refuses it above
/// the limit, before anything runs; the price is kept for the response's <c>extensions.cost</c>.
/// </summary>
internal sealed class QueryCostValidationRule(IOptionsMonitor<GraphQLLimitsOptions> options) : ValidationRuleBase
{
    /// <summary>The <see cref="GraphQL.ExecutionOptions.UserContext"/> key of the computed cost.</summary>
    public const string CostKey = "gateway.cost";

    public override ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context)
    {
        // Note: an invalid document (a fragment cycle, an unknown field) is not priced; its errors say more.
        if (context.HasErrors || context.Operation is null)
        {
            return default;
        }

        var limits = options.CurrentValue;
        var cost = new QueryCost(context, limits.DefaultPageSize).Of(context.Operation);
        context.UserContext[CostKey] = cost;
        if (limits.MaxCost > 0 && cost > limits.MaxCost)
        {
            context.ReportError(new LimitValidationError(context.Document.Source, "MAX_COST_EXCEEDED",
                $"The operation may return up to {cost} nodes; at most {limits.MaxCost} are allowed. " +
                "Ask for smaller pages (first/last) on nested connections.", context.Operation));
        }

        return default;
    }
}
