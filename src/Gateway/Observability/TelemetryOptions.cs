namespace Gateway.Observability;

/// <summary>The <c>Gateway:Telemetry</c> configuration section.</summary>
public sealed class TelemetryOptions
{
    public const string SectionName = "Gateway:Telemetry";

    /// <summary>Print traces and metrics to the console (honoured in Development only).</summary>
    public bool Console { get; set; }

    /// <summary>
    /// Make OpenTelemetry traces (ASP.NET Core, EF Core, GraphQL operations) for any listener: <c>true</c> or
    /// <c>false</c>; unset, traces are made when an exporter takes them (<c>OTEL_EXPORTER_OTLP_ENDPOINT</c>,
    /// or <see cref="Console"/> in Development).
    /// </summary>
    public bool? Traces { get; set; }

    /// <summary>Write logs as JSON lines with their scopes (the request id), for a log collector.</summary>
    public bool JsonLogs { get; set; }

    /// <summary>The service name reported to OpenTelemetry.</summary>
    public string ServiceName { get; set; } = "gateway";
}
