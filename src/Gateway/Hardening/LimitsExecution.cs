using Gateway.Graph;
using Gateway.Observability;
using GraphQL;
using GraphQL.DI;
using GraphQL.Execution;
using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;

namespace Gateway.Hardening;

/// <summary>
/// Puts the gateway's limits on every GraphQL execution: the document rule beside GraphQL.NET's own, the
/// cost check once the arguments are parsed, the execution timeout (its cancellation reaches the database
/// through the resolvers' token), and the charged cost in <c>extensions.cost</c>.
/// </summary>
internal sealed class LimitsExecution(
    IOptionsMonitor<GraphQLLimitsOptions> options,
    IDocumentBuilder documents,
    DocumentCache cache,
    DocumentLimitsValidationRule documentLimits,
    QueryCostListener cost) : IConfigureExecution
{
    /// <summary>Beside GraphQL.NET's option configurations, before trusted documents are resolved.</summary>
    public float SortOrder => 100;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions executionOptions, ExecutionDelegate next)
    {
        var limits = options.CurrentValue;
        // Note: a cached document (Graph/DocumentCache) skips these rules; it is reused only under the
        // limits it was checked with. The cost depends on the variables and is checked on every request.
        executionOptions.ValidationRules = (executionOptions.ValidationRules ?? DocumentValidator.CoreRules)
            .Append(documentLimits);
        executionOptions.Listeners.Add(cost);
        if (limits.ExecutionTimeout > TimeSpan.Zero)
        {
            executionOptions.Timeout = limits.ExecutionTimeout;
        }

        if (Precheck(executionOptions, limits) is { } refused)
        {
            return refused;
        }

        var result = await next(executionOptions);
        if (result.Errors?.OfType<TimeoutError>().Any() == true)
        {
            // Note: GraphQL.NET's own message does not say which limit was hit.
            var errors = new ExecutionErrors();
            foreach (var error in result.Errors)
            {
                errors.Add(error is TimeoutError
                    ? new TimeoutError(
                        $"The operation ran longer than the {limits.ExecutionTimeout.TotalSeconds:0.###} s " +
                        "execution limit and was cancelled, its database queries with it.")
                    : error);
            }

            result.Errors = errors;
        }

        if (executionOptions.UserContext.TryGetValue(QueryCostListener.CostKey, out var charged)
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

    /// <summary>
    /// Parses query text once, with the executor's own document builder, and refuses a document past
    /// the structural limits before GraphQL.NET's validation spends time on it; text that does not parse is
    /// left to the executor's errors.
    /// </summary>
    /// <remarks>
    /// Note: the parsed document is not handed on (the executor parses again, a linear cost): a document
    /// already set would let query text past the trusted-documents handler in <c>require</c> mode.
    /// </remarks>
    private ExecutionResult? Precheck(ExecutionOptions executionOptions, GraphQLLimitsOptions limits)
    {
        if (executionOptions.Document is not null || string.IsNullOrWhiteSpace(executionOptions.Query)
            || cache.TryGet(executionOptions.Query, limits, out _))
        {
            // A cached text passed these checks under these limits.
            return null;
        }

        GraphQLDocument document;
        try
        {
            document = documents.Build(executionOptions.Query);
        }
        catch (ExecutionError)
        {
            return null;
        }

        var errors = DocumentLimitsValidationRule.Check(document, null, limits);
        if (errors.Count == 0)
        {
            return null;
        }

        var result = new ExecutionResult { Query = executionOptions.Query, Document = document };
        foreach (var error in errors)
        {
            result.AddError(error);
        }

        return result;
    }
}
