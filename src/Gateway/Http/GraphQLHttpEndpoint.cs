using System.Text.Json;
using Gateway.Graph;
using Gateway.Observability;
using GraphQL;
using GraphQL.Transport;
using GraphQL.Validation;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Gateway.Http;

/// <summary>
/// GraphQL over HTTP at <c>/graphql</c>: POST with a JSON body, GET with query parameters (queries only).
/// Answers <c>application/graphql-response+json</c> when the client accepts it, with the spec's status
/// codes (400 for documents that do not parse or validate), and <c>application/json</c> otherwise.
/// </summary>
/// <remarks>Hand-written because the GraphQL.Server packages are not available here.</remarks>
public sealed partial class GraphQLHttpEndpoint(
    IDocumentExecuter<GatewaySchema> executer,
    IGraphQLTextSerializer serializer,
    IOptions<GraphOptions> options,
    TimeProvider clock,
    ILogger<GraphQLHttpEndpoint> logger)
{
    private static readonly IValidationRule[] GetRules =
        [.. DocumentValidator.CoreRules, QueriesOnlyOverGetRule.Instance];

    private static readonly IValidationRule[] CachedGetRules = [QueriesOnlyOverGetRule.Instance];

    /// <summary>Answers one GraphQL request.</summary>
    public async Task HandleAsync(HttpContext http)
    {
        var mediaType = Negotiate(http.Request.Headers.Accept);
        if (mediaType is null)
        {
            await FailAsync(http, StatusCodes.Status406NotAcceptable, GraphQLMediaTypes.Json,
                $"Accept allows neither {GraphQLMediaTypes.GraphQLResponse} nor {GraphQLMediaTypes.Json}.");
            return;
        }

        var isGet = HttpMethods.IsGet(http.Request.Method);
        var (request, problem, status) = isGet ? ReadQueryString(http.Request) : await ReadBodyAsync(http.Request);
        if (request is null)
        {
            LogBadRequest(status, problem!);
            await FailAsync(http, status, mediaType, problem!);
            return;
        }

        var started = clock.GetTimestamp();
        // Note: the request's tally also holds what ran before the operation (a token lookup), so the
        // diagnostics report the difference; outside the request middleware the endpoint counts alone.
        using var own = RequestTelemetry.Current is null ? RequestTelemetry.Begin() : null;
        var telemetry = RequestTelemetry.Current!;
        var statementsBefore = telemetry.SqlStatements;
        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Query = request.Query,
            DocumentId = request.DocumentId,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = http.RequestServices,
            User = http.User,
            CancellationToken = http.RequestAborted,
            ValidationRules = isGet ? GetRules : null,
            // Note: a text cached from a POST skips the core rules, but over GET it must still be a query.
            CachedDocumentValidationRules = isGet ? CachedGetRules : null,
        });

        if (options.Value.Diagnostics)
        {
            result.Extensions ??= [];
            result.Extensions["diagnostics"] = new Dictionary<string, object?>
            {
                ["sqlStatements"] = telemetry.SqlStatements - statementsBefore,
                ["elapsedMs"] = Math.Round(clock.GetElapsedTime(started).TotalMilliseconds, 3),
            };
        }

        http.Response.StatusCode = StatusOf(result, mediaType, isGet, http.Response.Headers);
        http.Response.ContentType = mediaType + "; charset=utf-8";
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }

    /// <summary>The response type for <paramref name="accept"/>; null when the client accepts neither.</summary>
    internal static string? Negotiate(StringValues accept)
    {
        if (StringValues.IsNullOrEmpty(accept)
            || !MediaTypeHeaderValue.TryParseList(accept, out var accepted) || accepted.Count == 0)
        {
            return GraphQLMediaTypes.Json;
        }

        double Quality(string type) => accepted
            .Where(a => Covers(a.MediaType.Value, type))
            .Select(a => a.Quality ?? 1.0)
            .DefaultIfEmpty(0)
            .Max();

        bool Named(string type) => accepted.Any(a =>
            string.Equals(a.MediaType.Value, type, StringComparison.OrdinalIgnoreCase) && (a.Quality ?? 1.0) > 0);

        var response = Quality(GraphQLMediaTypes.GraphQLResponse);
        var json = Quality(GraphQLMediaTypes.Json);
        if (response <= 0 && json <= 0)
        {
            return null;
        }

        if (response != json)
        {
            return response > json ? GraphQLMediaTypes.GraphQLResponse : GraphQLMediaTypes.Json;
        }

        // Note: on equal quality a type the client names beats one it only reaches by wildcard, and a tie
        // of wildcards (`*/*`, which fetch sends by default) gets application/json, as the spec asks of
        // servers for clients that may not know the new type.
        return Named(GraphQLMediaTypes.GraphQLResponse) ? GraphQLMediaTypes.GraphQLResponse : GraphQLMediaTypes.Json;
    }

    // Note: not MediaTypeHeaderValue.IsSubsetOf, which counts application/graphql-response+json as a
    // kind of application/json (by its +json suffix) and would answer the new type to old clients.
    private static bool Covers(string? range, string type) =>
        range is not null && (range == "*/*" || string.Equals(range, type, StringComparison.OrdinalIgnoreCase)
            || (range.EndsWith("/*", StringComparison.Ordinal)
                && type.StartsWith(range[..^1], StringComparison.OrdinalIgnoreCase)));

    private static int StatusOf(ExecutionResult result, string mediaType, bool isGet, IHeaderDictionary headers)
    {
        if (isGet && result.Errors?.Any(e => e is NotAQueryOverGetError) == true)
        {
            headers.Allow = HttpMethods.Post;
            return StatusCodes.Status405MethodNotAllowed;
        }

        return mediaType == GraphQLMediaTypes.GraphQLResponse && !result.Executed
            ? StatusCodes.Status400BadRequest
            : StatusCodes.Status200OK;
    }

    private (GraphQLRequest? Request, string? Problem, int Status) ReadQueryString(HttpRequest request)
    {
        var query = request.Query["query"].ToString();
        if (string.IsNullOrWhiteSpace(query))
        {
            return (null, "The query parameter 'query' is missing or empty.", StatusCodes.Status400BadRequest);
        }

        try
        {
            return (new GraphQLRequest
            {
                Query = query,
                OperationName = NullIfEmpty(request.Query["operationName"]),
                Variables = serializer.Deserialize<Inputs>(NullIfEmpty(request.Query["variables"])),
                Extensions = serializer.Deserialize<Inputs>(NullIfEmpty(request.Query["extensions"])),
            }, null, 0);
        }
        catch (JsonException e)
        {
            return (null, $"The variables or extensions parameter is not a JSON object: {e.Message}",
                StatusCodes.Status400BadRequest);
        }
    }

    private async Task<(GraphQLRequest? Request, string? Problem, int Status)> ReadBodyAsync(HttpRequest request)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType)
            || !contentType.MediaType.Equals(GraphQLMediaTypes.Json, StringComparison.OrdinalIgnoreCase)
            || (contentType.Charset.HasValue
                && !contentType.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)))
        {
            return (null, $"Content-Type is '{request.ContentType}'; send {GraphQLMediaTypes.Json} (UTF-8).",
                StatusCodes.Status415UnsupportedMediaType);
        }

        try
        {
            var body = await serializer.ReadAsync<GraphQLRequest>(request.Body, request.HttpContext.RequestAborted);
            // Note: a trusted-document request names its document instead of sending it (Hardening/).
            var named = body?.DocumentId is not null || body?.Extensions?.ContainsKey("persistedQuery") == true;
            return string.IsNullOrWhiteSpace(body?.Query) && !named
                ? (null, "The body has no 'query' string.", StatusCodes.Status400BadRequest)
                : (body, null, 0);
        }
        catch (JsonException e)
        {
            return (null, $"The body is not a GraphQL request in JSON: {e.Message}", StatusCodes.Status400BadRequest);
        }
    }

    private async Task FailAsync(HttpContext http, int status, string mediaType, string message)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = mediaType + "; charset=utf-8";
        var result = new ExecutionResult(new ExecutionError(message) { Code = "BAD_REQUEST" });
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }

    private static string? NullIfEmpty(StringValues value) =>
        StringValues.IsNullOrEmpty(value) ? null : value.ToString();

    [LoggerMessage(EventId = 100, Level = LogLevel.Debug,
        Message = "Refused a GraphQL request with {Status}: {Problem}")]
    private partial void LogBadRequest(int status, string problem);
}
