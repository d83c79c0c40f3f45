using Gateway.Observability;
using GraphQL;
using GraphQL.DI;
using GraphQL.Execution;
using GraphQL.Validation;
using Microsoft.Extensions.Options;

namespace Gateway.Hardening;

/// <summary>
/// Puts the gateway's limits on every GraphQL execution: the document and cost rules beside GraphQL.NET's
/// own, the execution timeout (its cancellation reaches the database through the resolvers' token), and
/// the charged cost in <c>extensions.cost</c>.
/// </summary>
internal sealed class LimitsExecution(
    IOptionsMonitor<GraphQLLimitsOptions> options,
    DocumentLimitsValidationRule documentLimits,
    QueryCostValidationRule cost) : IConfigureExecution
{
    /// <summary>Beside GraphQL.NET's option configurations, before trusted documents are resolved.</summary>
    public float SortOrder => 100;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions executionOptions, ExecutionDelegate next)
    {
        var limits = options.CurrentValue;
        executionOptions.ValidationRules = (executionOptions.ValidationRules ?? DocumentValidator.CoreRules)
            .Append(documentLimits)
            .Append(cost);
        if (limits.ExecutionTimeout > TimeSpan.Zero)
        {
            executionOptions.Timeout = limits.ExecutionTimeout;
        }

        var result = await next(executionOptions);
        if (result.Errors?.OfType<TimeoutError>().Any() == true)
        {
            // Note: GraphQL.NET's own message does not say which limit was hit.
            var errors = new ExecutionErrors();
            foreach (var error in result.Errors)
            {
                errors.Add(error is TimeoutError
                    ? new TimeoutError($"The operation ran longer than the {limits.ExecutionTimeout.TotalSeconds:0.###} s " +
                        "execution limit and was cancelled, its database queries with it.")
                    : error);
            }

            result.Errors = errors;
        }

        if (executionOptions.UserContext.TryGetValue(QueryCostValidationRule.CostKey, out var charged)
            && charged is long nodes)
        {
            result.Extensions ??= [];
            result.Extensions["cost"] = new Dictionary<string, object?>
            {
                ["requestedNodes"] = nodes,
                ["maximumNodes"] = limits.MaxCost,
            };
            if (RequestTelemetry.Current is { } telemetry)
            {
                telemetry.Cost = nodes;
            }
        }

        return result;
    }
}
