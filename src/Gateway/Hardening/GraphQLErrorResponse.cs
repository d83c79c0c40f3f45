using System.Text.Json;

namespace Gateway.Hardening;

/// <summary>
/// Writes a refusal made before GraphQL runs in the GraphQL-over-HTTP shape, so that clients read
/// limits, throttling and malformed requests the same way as any other GraphQL error.
/// </summary>
internal static class GraphQLErrorResponse
{
    public static Task WriteAsync(HttpContext context, int statusCode, string code, string message)
    {
        context.Response.StatusCode = statusCode;
        context.Response.ContentType = "application/json; charset=utf-8";
        var body = new
        {
            errors = new[] { new { message, extensions = new { code, requestId = context.TraceIdentifier } } },
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body), context.RequestAborted);
    }
}
