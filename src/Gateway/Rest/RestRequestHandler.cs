using System.Globalization;
using System.Text;
using System.Text.Json;
using Gateway.Graph;
using Gateway.Observability;
using Microsoft.Extensions.Options;

namespace Gateway.Rest;

/// <summary>
/// Answers every request under <c>/api/v4</c> as the site's Django and DRF stack does: Django's routing
/// (unknown URLs get Django's 404 page; a URL that only lacks its trailing slash gets <c>APPEND_SLASH</c>'s
/// 301), then DRF's view: content negotiation, the method (GET and HEAD read, OPTIONS describes, anything else
/// is a 405), the read-only view set actions, and DRF's error bodies.
/// </summary>
internal sealed class RestRequestHandler(
    IRestCatalogueReader reader,
    IRestSearch search,
    DrfDateTimeFormatter times,
    IOptions<RestOptions> options,
    IOptions<GraphOptions> graphOptions)
{
    /// <summary>
    /// With <c>Gateway:Diagnostics</c> on, the SQL statements the request sent, as a response header (the
    /// JSON bodies stay the site's).
    /// </summary>
    public const string StatementsHeader = "X-Sql-Statements";

    private static ReadOnlySpan<byte> NotFoundPage =>
        "<!doctype html>\n<html lang=\"en\">\n<head>\n  <title>Not Found</title>\n</head>\n"u8 +
        "<body>\n  <h1>Not Found</h1>"u8 +
        "<p>The requested resource was not found on this server.</p>\n</body>\n</html>\n"u8;

    public async Task HandleAsync(HttpContext http)
    {
        var request = http.Request;
        // Note: Django decodes %2F in the path before routing; ASP.NET leaves it encoded.
        var path = (request.PathBase + request.Path).Value?.Replace("%2F", "/", StringComparison.OrdinalIgnoreCase)
            ?? "";
        var rawQuery = request.QueryString.HasValue ? request.QueryString.Value![1..] : "";
        var route = path.StartsWith(RestPaths.Prefix, StringComparison.Ordinal)
            ? RestRouter.Match(path.AsSpan(RestPaths.Prefix.Length))
            : null;
        if (route is null)
        {
            await NotRoutedAsync(http, path, rawQuery);
            return;
        }

        var query = PythonUrl.ParseQuery(rawQuery);
        var format = route.FormatSuffix ?? NonEmpty(PythonUrl.LastValue(query, "format"));
        var negotiation = RestNegotiation.Select(format, request.Headers.Accept.Count == 0
            ? null
            : string.Join(',', request.Headers.Accept.ToArray()));
        var origin = request.Scheme + "://" + request.Host.Value;
        var json = new RestJsonWriter(new RestLinks(origin, route.FormatSuffix), times);
        var method = request.Method.ToUpperInvariant();
        var fullPath = FullPath(path, rawQuery);
        var result = negotiation.Failure switch
        {
            StatusCodes.Status404NotFound => RestResult.Detail(StatusCodes.Status404NotFound, "Not found."),
            StatusCodes.Status406NotAcceptable => RestResult.Detail(
                StatusCodes.Status406NotAcceptable, "Could not satisfy the request Accept header."),
            _ => method switch
            {
                "GET" or "HEAD" => await ReadAsync(route, query, json, origin, path, http.RequestAborted),
                "OPTIONS" => Metadata(RestViews.For(route)),
                _ => RestResult.Detail(
                    StatusCodes.Status405MethodNotAllowed, "Method \"" + method + "\" not allowed."),
            },
        };

        if (graphOptions.Value.Diagnostics && RequestTelemetry.Current is { } telemetry)
        {
            http.Response.Headers[StatementsHeader] = telemetry.SqlStatements.ToString(CultureInfo.InvariantCulture);
        }

        await RestResponseWriter.WriteAsync(http, new RestResponse(
            result, negotiation, RestViews.For(route), method, fullPath));
    }

    private async Task<RestResult> ReadAsync(
        RestRoute route,
        List<KeyValuePair<string, List<string>>> query,
        RestJsonWriter json,
        string origin,
        string path,
        CancellationToken cancellationToken)
    {
        if (route.Resource == RestResource.Root)
        {
            return new RestResult(StatusCodes.Status200OK, json.WriteRoot);
        }

        if (route.Resource == RestResource.Search)
        {
            var q = PythonUrl.LastValue(query, "q") ?? "";
            var hits = q.Trim().Length == 0
                ? []
                : await search.SearchAsync(q, options.Value.SearchLimit, cancellationToken);
            return new RestResult(StatusCodes.Status200OK, writer => WriteArray(writer, hits, json.WriteSearchHit));
        }

        if (route.Lookup is { } segment)
        {
            return await RetrieveAsync(route.Resource, segment, json, cancellationToken);
        }

        var url = new StringBuilder(origin);
        PythonUrl.AppendEscapedPath(url, path);
        var paging = LimitOffset.From(query, options.Value.PageSize, url.ToString());
        return await ListAsync(route.Resource, paging, json, cancellationToken);
    }

    private async Task<RestResult> ListAsync(
        RestResource resource, LimitOffset paging, RestJsonWriter json, CancellationToken cancellationToken)
    {
        switch (resource)
        {
            case RestResource.Packages:
                var packages = await reader.ReadPackagesAsync(paging.RowOffset, paging.RowLimit, cancellationToken);
                return Page(packages, paging, json.WritePackage, p => p.Row.Modified);
            case RestResource.Grids:
                var grids = await reader.ReadGridsAsync(paging.RowOffset, paging.RowLimit, cancellationToken);
                return Page(grids, paging, json.WriteGrid, g => g.Row.Modified);
            default:
                var categories = await reader.ReadCategoriesAsync(
                    paging.RowOffset, paging.RowLimit, cancellationToken);
                return Page(categories, paging, json.WriteCategory, c => c.Modified);
        }
    }

    private async Task<RestResult> RetrieveAsync(
        RestResource resource, string segment, RestJsonWriter json, CancellationToken cancellationToken)
    {
        var lookup = resource == RestResource.Categories
            ? RestLookup.ById(segment)
            : RestLookup.ByIdOrSlug(segment);
        if (lookup.IsMalformed)
        {
            return RestResult.Detail(StatusCodes.Status404NotFound, "Not found.");
        }

        switch (resource)
        {
            case RestResource.Packages:
                var package = lookup.IsOutOfRange ? null : await reader.FindPackageAsync(lookup, cancellationToken);
                return package is null
                    ? NoMatch("Package")
                    : new RestResult(200, writer => json.WritePackage(writer, package), package.Row.Modified);
            case RestResource.Grids:
                var grid = lookup.IsOutOfRange ? null : await reader.FindGridAsync(lookup, cancellationToken);
                return grid is null
                    ? NoMatch("Grid")
                    : new RestResult(200, writer => json.WriteGrid(writer, grid), grid.Row.Modified);
            default:
                var category = lookup.IsOutOfRange ? null : await reader.FindCategoryAsync(lookup, cancellationToken);
                return category is null
                    ? NoMatch("Category")
                    : new RestResult(200, writer => json.WriteCategory(writer, category), category.Modified);
        }
    }

    private static RestResult Page<T>(
        RestPage<T> page, LimitOffset paging, Action<Utf8JsonWriter, T> writeItem, Func<T, DateTime> modified)
    {
        DateTime? lastModified = page.Items.Count == 0 ? null : page.Items.Max(modified);
        return new RestResult(
            StatusCodes.Status200OK,
            writer => RestJsonWriter.WritePage(writer, page, paging, writeItem),
            lastModified);
    }

    private static RestResult NoMatch(string model) =>
        RestResult.Detail(StatusCodes.Status404NotFound, "No " + model + " matches the given query.");

    /// <summary>
    /// DRF's <c>SimpleMetadata</c> for a read-only view: no <c>actions</c>, as PUT and POST are not allowed.
    /// </summary>
    private static RestResult Metadata(RestView view) => new(StatusCodes.Status200OK, writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("name", view.Name);
        writer.WriteString("description", view.Description);
        writer.WriteStartArray("renders");
        writer.WriteStringValue("application/json");
        writer.WriteStringValue("text/html");
        writer.WriteEndArray();
        writer.WriteStartArray("parses");
        writer.WriteStringValue("application/json");
        writer.WriteStringValue("application/x-www-form-urlencoded");
        writer.WriteStringValue("multipart/form-data");
        writer.WriteEndArray();
        writer.WriteEndObject();
    });

    private static void WriteArray<T>(Utf8JsonWriter writer, IReadOnlyList<T> items, Action<Utf8JsonWriter, T> write)
    {
        writer.WriteStartArray();
        foreach (var item in items)
        {
            write(writer, item);
        }

        writer.WriteEndArray();
    }

    /// <summary>
    /// A URL the router does not know: Django's <c>APPEND_SLASH</c> answers a 301 to the same URL with a slash
    /// (query kept) when that one would match, for any method, as in production; otherwise Django's 404 page.
    /// </summary>
    private static async Task NotRoutedAsync(HttpContext http, string path, string rawQuery)
    {
        var response = http.Response;
        response.ContentType = "text/html; charset=utf-8";
        var slashed = path + "/";
        var wouldMatch = !path.EndsWith('/') && slashed.StartsWith(RestPaths.Prefix, StringComparison.Ordinal)
            && RestRouter.Match(slashed.AsSpan(RestPaths.Prefix.Length)) is not null;
        if (wouldMatch)
        {
            response.StatusCode = StatusCodes.Status301MovedPermanently;
            response.Headers.Location = FullPath(slashed, rawQuery);
            response.ContentLength = 0;
            return;
        }

        response.StatusCode = StatusCodes.Status404NotFound;
        response.ContentLength = NotFoundPage.Length;
        if (!HttpMethods.IsHead(http.Request.Method))
        {
            await response.Body.WriteAsync(NotFoundPage.ToArray(), http.RequestAborted);
        }
    }

    /// <summary>Django's <c>get_full_path()</c>: the escaped path and, when there is one, the query.</summary>
    private static string FullPath(string path, string rawQuery)
    {
        var builder = new StringBuilder();
        PythonUrl.AppendEscapedPath(builder, path);
        if (rawQuery.Length > 0)
        {
            builder.Append('?');
            PythonUrl.AppendIriQuery(builder, rawQuery);
        }

        return builder.ToString();
    }

    private static string? NonEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;
}
