using System.Diagnostics;

namespace Gateway.Observability;

/// <summary>
/// Gives each request an id (echoed in <c>X-Request-Id</c> and carried by every log line of the request
/// as a scope) and writes one line when it ends: status, GraphQL operation, cost, SQL statements and
/// duration.
/// </summary>
internal sealed partial class RequestLoggingMiddleware(
    RequestDelegate next,
    ILogger<RequestLoggingMiddleware> logger,
    TimeProvider clock)
{
    public const string RequestIdHeader = "X-Request-Id";

    public async Task InvokeAsync(HttpContext context)
    {
        var requestId = Activity.Current?.TraceId.ToHexString() ?? context.TraceIdentifier;
        context.TraceIdentifier = requestId;
        context.Response.Headers[RequestIdHeader] = requestId;
        using var telemetry = RequestTelemetry.Begin();
        var started = clock.GetTimestamp();
        using var scope = logger.BeginScope(new Dictionary<string, object> { ["RequestId"] = requestId });
        try
        {
            await next(context);
        }
        finally
        {
            if (logger.IsEnabled(LogLevel.Information))
            {
                var elapsed = clock.GetElapsedTime(started).TotalMilliseconds;
                var status = context.RequestAborted.IsCancellationRequested && !context.Response.HasStarted
                    ? 499
                    : context.Response.StatusCode;
                var path = context.Request.Path.ToString();
                var errors = string.Join(',', telemetry.ErrorCodes);
                LogRequest(context.Request.Method, path, status, telemetry.OperationName ?? "-",
                    telemetry.Cost, telemetry.SqlStatements, errors, elapsed);
            }
        }
    }

    [LoggerMessage(EventId = 800, Level = LogLevel.Information,
        Message = "{Method} {Path} {StatusCode} operation={OperationName} cost={Cost} " +
            "sql={SqlStatements} errors={ErrorCodes} in {ElapsedMs:F1} ms")]
    private partial void LogRequest(string method, string path, int statusCode, string operationName, long? cost,
        int sqlStatements, string errorCodes, double elapsedMs);
}
