using System.Text.Json;

namespace Gateway.Hardening;

/// <summary>
/// The last word on failures outside GraphQL's own error handling: a malformed request is a 4xx with a
/// code, a store that cannot be reached is a 503, and anything else a 500 whose body, outside
/// Development, says nothing but a code and the request id.
/// </summary>
internal sealed partial class UnhandledExceptionMiddleware(
    RequestDelegate next,
    IHostEnvironment environment,
    ILogger<UnhandledExceptionMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client left; there is no one to answer.
        }
        catch (Exception exception) when (!context.Response.HasStarted)
        {
            var (status, code, message) = Classify(exception);
            if (status >= 500)
            {
                LogFailed(exception, context.Request.Method, context.Request.Path);
            }

            if (environment.IsDevelopment() && status >= 500)
            {
                message = exception.ToString();
            }

            await WriteAsync(context, status, code, message);
        }
    }

    private static (int Status, string Code, string Message) Classify(Exception exception) => exception switch
    {
        BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => (413, "REQUEST_TOO_LARGE",
            "The request body is larger than the server accepts."),
        BadHttpRequestException bad => (bad.StatusCode, "BAD_REQUEST", $"The request is malformed: {bad.Message}"),
        _ when ErrorMaskingExecution.IsStoreFailure(exception) => (503, ErrorMaskingExecution.StoreUnavailable,
            "The catalogue store could not answer; try again later."),
        _ => (500, "INTERNAL_ERROR", "An internal error occurred."),
    };

    private static Task WriteAsync(HttpContext context, int status, string code, string message)
    {
        context.Response.Clear();
        if (status == StatusCodes.Status503ServiceUnavailable)
        {
            context.Response.Headers.RetryAfter = "5";
        }

        if (context.Request.Path.StartsWithSegments("/graphql", StringComparison.OrdinalIgnoreCase))
        {
            return GraphQLErrorResponse.WriteAsync(context, status, code, message);
        }

        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        var body = new { detail = message, code, requestId = context.TraceIdentifier };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body), context.RequestAborted);
    }

    [LoggerMessage(EventId = 821, Level = LogLevel.Error, Message = "Request {Method} {Path} failed")]
    private partial void LogFailed(Exception exception, string method, string path);
}
