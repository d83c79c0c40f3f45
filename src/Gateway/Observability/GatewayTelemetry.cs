using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Gateway.Observability;

/// <summary>The gateway's own trace source and meter, beside ASP.NET Core's and EF Core's.</summary>
public static class GatewayTelemetry
{
    /// <summary>Name of the <see cref="ActivitySource"/> with one activity per GraphQL operation.</summary>
    public const string SourceName = "Gateway.GraphQL";

    /// <summary>
    /// Name of the <see cref="ActivitySource"/> with one activity per hand-written SQL statement (the reads
    /// that do not go through EF Core, whose statements its own instrumentation traces).
    /// </summary>
    public const string SqlSourceName = "Gateway.Sql";

    /// <summary>Name of the <see cref="Meter"/> of GraphQL operations.</summary>
    public const string MeterName = "Gateway";

    /// <summary>One activity per GraphQL operation.</summary>
    public static readonly ActivitySource Source = new(SourceName);

    /// <summary>One activity per hand-written SQL statement.</summary>
    public static readonly ActivitySource SqlSource = new(SqlSourceName);

    private static readonly Meter Meter = new(MeterName);

    /// <summary>Duration of GraphQL operations, tagged with the operation type and whether it failed.</summary>
    public static readonly Histogram<double> OperationDuration = Meter.CreateHistogram<double>(
        "gateway.graphql.operation.duration", unit: "s", description: "Duration of GraphQL operations.");

    /// <summary>Cost in nodes charged to GraphQL operations.</summary>
    public static readonly Histogram<long> OperationCost = Meter.CreateHistogram<long>(
        "gateway.graphql.operation.cost", unit: "{node}", description: "Worst-case nodes of GraphQL operations.");

    /// <summary>Errors in GraphQL responses by code.</summary>
    public static readonly Counter<long> OperationErrors = Meter.CreateCounter<long>(
        "gateway.graphql.operation.errors", unit: "{error}", description: "Errors in GraphQL responses by code.");
}
