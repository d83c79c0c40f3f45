using System.Buffers;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.Extensions.Options;

namespace Gateway.Hardening;

/// <summary>
/// Refuses oversized or malformed GraphQL requests before the endpoint parses them: body size (413),
/// then, for JSON bodies, well-formed JSON, batch length, query length and variables size (400).
/// </summary>
/// <remarks>
/// Note: the body is read here once, up to the limit, and handed on from memory; Kestrel's own limit
/// would throw mid-read inside the endpoint, where it could only surface as a failed request.
/// </remarks>
internal sealed partial class RequestLimitsMiddleware(
    RequestDelegate next,
    IOptionsMonitor<GraphQLLimitsOptions> options,
    ILogger<RequestLimitsMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!context.Request.Path.StartsWithSegments("/graphql", StringComparison.OrdinalIgnoreCase))
        {
            await next(context);
            return;
        }

        var limits = options.CurrentValue;
        var refusal = HttpMethods.IsPost(context.Request.Method)
            ? await CheckBodyAsync(context, limits)
            : CheckQueryString(context.Request.Query, limits);
        if (refusal is { } r)
        {
            LogRefused(r.Code, context.Request.Method, context.Request.Path);
            await GraphQLErrorResponse.WriteAsync(context, r.Status, r.Code, r.Message);
            return;
        }

        await next(context);
    }

    private static Refusal? CheckQueryString(IQueryCollection query, GraphQLLimitsOptions limits)
    {
        var text = query["query"].ToString();
        if (limits.MaxQueryLength > 0 && text.Length > limits.MaxQueryLength)
        {
            return QueryTooLong(text.Length, limits);
        }

        var variables = Encoding.UTF8.GetByteCount(query["variables"].ToString());
        return limits.MaxVariablesBytes > 0 && variables > limits.MaxVariablesBytes
            ? VariablesTooLarge(variables, limits)
            : null;
    }

    private static async Task<Refusal?> CheckBodyAsync(HttpContext context, GraphQLLimitsOptions limits)
    {
        var max = limits.MaxRequestBytes > 0 ? limits.MaxRequestBytes : long.MaxValue;
        if (context.Request.ContentLength > max)
        {
            return TooLarge(context.Request.ContentLength.Value, max);
        }

        var body = await ReadUpToAsync(context.Request.Body, context.Request.ContentLength, max,
            context.RequestAborted);
        if (body is null)
        {
            return TooLarge(null, max);
        }

        context.Request.Body = new MemoryStream(body, writable: false);
        context.Request.ContentLength = body.Length;
        var contentType = context.Request.ContentType.AsSpan();
        var mediaType = (contentType.IndexOf(';') is var semicolon and >= 0 ? contentType[..semicolon] : contentType)
            .Trim();
        var isGraphQL = mediaType.Equals("application/graphql", StringComparison.OrdinalIgnoreCase);
        var isJson = mediaType.EndsWith("json", StringComparison.OrdinalIgnoreCase);
        if ((isGraphQL || isJson) && !Utf8.IsValid(body))
        {
            return new Refusal(StatusCodes.Status400BadRequest, "INVALID_UTF8",
                "The request body is not valid UTF-8; GraphQL requests must be UTF-8 encoded.");
        }

        if (isGraphQL)
        {
            return limits.MaxQueryLength > 0 && body.Length > limits.MaxQueryLength
                ? QueryTooLong(body.Length, limits)
                : null;
        }

        return isJson ? CheckJson(body, limits) : null;
    }

    /// <summary>The body, or null when it holds more than <paramref name="max"/> bytes.</summary>
    /// <remarks>
    /// With a <c>Content-Length</c> (what clients send, and at most <paramref name="max"/>: the caller
    /// refused more) the body is read straight into an array of that size; the server never passes on
    /// more bytes than announced. Without one it is read in pooled chunks up to the limit.
    /// </remarks>
    private static async Task<byte[]?> ReadUpToAsync(Stream stream, long? length, long max,
        CancellationToken cancellationToken)
    {
        int read;
        if (length is { } announced)
        {
            var body = new byte[announced];
            var filled = 0;
            while (filled < body.Length
                && (read = await stream.ReadAsync(body.AsMemory(filled), cancellationToken)) > 0)
            {
                filled += read;
            }

            return filled == body.Length ? body : body[..filled];
        }

        using var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(16_384);
        try
        {
            while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > max)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return buffer.ToArray();
    }

    private static Refusal? CheckJson(byte[] body, GraphQLLimitsOptions limits)
    {
        try
        {
            using var document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 64 });
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Array)
            {
                var length = root.GetArrayLength();
                if (limits.MaxBatchLength > 0 && length > limits.MaxBatchLength)
                {
                    return new Refusal(StatusCodes.Status400BadRequest, "BATCH_TOO_LARGE",
                        $"The batch holds {length} requests; at most {limits.MaxBatchLength} are allowed.");
                }

                return root.EnumerateArray().Select(r => CheckRequest(r, limits)).FirstOrDefault(r => r is not null);
            }

            return CheckRequest(root, limits);
        }
        catch (JsonException exception)
        {
            return new Refusal(StatusCodes.Status400BadRequest, "INVALID_JSON",
                $"The request body is not valid JSON: {exception.Message}");
        }
        catch (InvalidOperationException exception)
        {
            // Note: well-formed JSON can still escape text that is not Unicode (a lone surrogate).
            return new Refusal(StatusCodes.Status400BadRequest, "INVALID_JSON",
                $"The request body holds a string that is not valid Unicode: {exception.Message}");
        }
    }

    private static Refusal? CheckRequest(JsonElement request, GraphQLLimitsOptions limits)
    {
        if (request.ValueKind != JsonValueKind.Object)
        {
            return new Refusal(StatusCodes.Status400BadRequest, "INVALID_REQUEST",
                $"A GraphQL request must be a JSON object, not {request.ValueKind}.");
        }

        // Note: a JSON string never has more UTF-16 characters than its raw UTF-8 bytes (escapes only add
        // bytes), so the query is decoded to count its characters only when its raw form passes the limit.
        if (request.TryGetProperty("query", out var query) && query.ValueKind == JsonValueKind.String
            && limits.MaxQueryLength > 0 && JsonMarshal.GetRawUtf8Value(query).Length > limits.MaxQueryLength)
        {
            var length = query.GetString()!.Length;
            if (length > limits.MaxQueryLength)
            {
                return QueryTooLong(length, limits);
            }
        }

        if (request.TryGetProperty("variables", out var variables) && variables.ValueKind != JsonValueKind.Null)
        {
            var size = JsonMarshal.GetRawUtf8Value(variables).Length;
            if (limits.MaxVariablesBytes > 0 && size > limits.MaxVariablesBytes)
            {
                return VariablesTooLarge(size, limits);
            }
        }

        return null;
    }

    private static Refusal TooLarge(long? size, long max) => new(StatusCodes.Status413PayloadTooLarge,
        "REQUEST_TOO_LARGE",
        size is { } s
            ? $"The request body has {s} bytes; at most {max} are allowed."
            : $"The request body has more than {max} bytes, the most allowed.");

    private static Refusal QueryTooLong(int length, GraphQLLimitsOptions limits) => new(
        StatusCodes.Status400BadRequest, "QUERY_TOO_LONG",
        $"The query has {length} characters; at most {limits.MaxQueryLength} are allowed.");

    private static Refusal VariablesTooLarge(int size, GraphQLLimitsOptions limits) => new(
        StatusCodes.Status400BadRequest, "VARIABLES_TOO_LARGE",
        $"The variables have {size} bytes of JSON; at most {limits.MaxVariablesBytes} are allowed.");

    [LoggerMessage(EventId = 810, Level = LogLevel.Warning, Message = "Refused {Method} {Path}: {Code}")]
    private partial void LogRefused(string code, string method, string path);

    private readonly record struct Refusal(int Status, string Code, string Message);
}
