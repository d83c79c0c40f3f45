using GraphQL.DI;
using Microsoft.EntityFrameworkCore.Diagnostics;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Gateway.Observability;

/// <summary>
/// Structured request logs and OpenTelemetry traces and metrics for ASP.NET Core, EF Core and each
/// GraphQL operation: sent by OTLP when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set, printed to the
/// console in Development when <c>Gateway:Telemetry:Console</c> is on. Traces are made only when they
/// go somewhere (OTLP or the console) unless <c>Gateway:Telemetry:Traces</c> says otherwise.
/// </summary>
public static class ObservabilityExtensions
{
    public static IHostApplicationBuilder AddObservability(this IHostApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(TelemetryOptions.SectionName);
        var options = section.Get<TelemetryOptions>() ?? new TelemetryOptions();
        builder.Services.Configure<TelemetryOptions>(section);
        builder.Services.AddSingleton<IConfigureExecution, GraphQLTelemetryExecution>();
        if (options.JsonLogs)
        {
            builder.Logging.AddJsonConsole(json => json.IncludeScopes = true);
        }

        var console = options.Console && builder.Environment.IsDevelopment();
        var otlp = !string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(options.ServiceName));

        // Note: a tracer provider samples every request by default; with nothing to send its spans to, it
        // made a span per request and per SQL statement for nobody (4% of a REST read's CPU, issue 9).
        if (options.Traces ?? (otlp || console))
        {
            telemetry.WithTracing(tracing =>
            {
                tracing.AddSource(GatewayTelemetry.SourceName, GatewayTelemetry.SqlSourceName)
                    .AddAspNetCoreInstrumentation(aspNet => aspNet.Filter = IsTraced)
                    .AddEntityFrameworkCoreInstrumentation();
                if (console)
                {
                    tracing.AddConsoleExporter();
                }
            });
        }

        telemetry.WithMetrics(metrics =>
        {
            metrics.AddMeter(GatewayTelemetry.MeterName)
                .AddAspNetCoreInstrumentation();
            if (console)
            {
                metrics.AddConsoleExporter();
            }
        });
        if (otlp)
        {
            telemetry.UseOtlpExporter();
        }

        return builder;
    }

    /// <summary>
    /// Counts the SQL statements of each request (or of a test's <see cref="RequestTelemetry.Begin"/>):
    /// part of the services the server and the command-line verbs share, so every store context has it.
    /// </summary>
    public static IServiceCollection AddStatementCounting(this IServiceCollection services) =>
        services.AddSingleton<IInterceptor, StatementCountingInterceptor>();

    /// <summary>Gives each request its id and its one log line; first, so that it times everything.</summary>
    public static IApplicationBuilder UseObservability(this IApplicationBuilder app) =>
        app.UseMiddleware<RequestLoggingMiddleware>();

    private static bool IsTraced(HttpContext context) =>
        !context.Request.Path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase);
}
