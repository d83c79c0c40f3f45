using System.Diagnostics;
using GraphQL;
using GraphQL.DI;

namespace Gateway.Observability;

/// <summary>
/// One activity and one duration measurement per GraphQL operation, named after the operation, and the
/// operation's name and error codes for the request's log line.
/// </summary>
internal sealed class GraphQLTelemetryExecution(TimeProvider clock) : IConfigureExecution
{
    /// <summary>Outermost: the activity spans every other configuration.</summary>
    public float SortOrder => 0;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        using var activity = GatewayTelemetry.Source.StartActivity("graphql.operation");
        var started = clock.GetTimestamp();
        var result = await next(options);
        var elapsed = clock.GetElapsedTime(started);

        var type = result.Operation?.Operation.ToString().ToLowerInvariant() ?? "unknown";
        var name = result.Operation?.Name?.StringValue ?? options.OperationName;
        var codes = result.Errors?.Select(e => e.Code ?? "GRAPHQL_ERROR").Distinct().ToList() ?? [];
        if (activity is not null)
        {
            activity.DisplayName = name is null ? type : $"{type} {name}";
            activity.SetTag("graphql.operation.type", type);
            activity.SetTag("graphql.operation.name", name);
            activity.SetTag("graphql.document.id", options.DocumentId);
            if (codes.Count > 0)
            {
                activity.SetStatus(ActivityStatusCode.Error, string.Join(',', codes));
            }
        }

        var failed = codes.Count > 0;
        GatewayTelemetry.OperationDuration.Record(elapsed.TotalSeconds,
            new("graphql.operation.type", type), new("error", failed));
        foreach (var code in codes)
        {
            GatewayTelemetry.OperationErrors.Add(1, new KeyValuePair<string, object?>("code", code));
        }

        if (RequestTelemetry.Current is { } telemetry)
        {
            telemetry.OperationName = name ?? type;
            telemetry.ErrorCodes = codes;
            if (telemetry.Cost is { } cost)
            {
                activity?.SetTag("graphql.cost", cost);
                GatewayTelemetry.OperationCost.Record(cost);
            }
        }

        return result;
    }
}
