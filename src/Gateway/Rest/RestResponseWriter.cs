using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CommunityToolkit.HighPerformance.Buffers;
using Microsoft.Net.Http.Headers;

namespace Gateway.Rest;

/// <summary>
/// Renders a view's result as DRF does and sends it: JSON (compact, or indented as the <c>Accept</c> header
/// asks) or the browsable HTML page; <c>Allow</c> and <c>Vary: Accept</c> on every answer; then what DRF lacks:
/// an <c>ETag</c> over the exact bytes, <c>Last-Modified</c>, and <c>304 Not Modified</c> on revalidation.
/// </summary>
internal static class RestResponseWriter
{
    /// <summary>What DRF's read-only view sets allow.</summary>
    public const string Allow = "GET, HEAD, OPTIONS";

    private const int InitialBodySize = 4096;

    private static readonly JsonWriterOptions Compact = new()
    {
        Encoder = DrfJavaScriptEncoder.Instance,
        SkipValidation = true,
    };

    public static async Task WriteAsync(HttpContext http, RestResponse response)
    {
        // Note: the body is written into pooled memory, hashed for its ETag and sent from there: a page of
        // packages is some 20 KB, which a growing array and a copy of it allocated twice per request.
        using var buffer = new ArrayPoolBufferWriter<byte>(InitialBodySize);
        var result = response.Result;
        var html = response.Negotiation.Failure is null
            && response.Negotiation.Renderer == RestRenderer.BrowsableApi;
        if (html)
        {
            var page = BrowsableApiPage.Render(response, Json(result, 4));
            Encoding.UTF8.GetBytes(page, buffer);
        }
        else
        {
            WriteJson(result, response.Negotiation.Failure is null ? response.Negotiation.JsonIndent : null, buffer);
        }

        var body = buffer.WrittenMemory;
        var headers = http.Response.Headers;
        headers.Allow = Allow;
        headers.Vary = "Accept";
        var cacheable = result.Status == StatusCodes.Status200OK && response.Method is "GET" or "HEAD";
        if (cacheable)
        {
            var etag = ETag(body.Span);
            headers.ETag = etag;
            if (result.LastModified is { } modified)
            {
                headers.LastModified = HeaderUtilities.FormatDate(Truncate(modified));
            }

            if (NotModified(http.Request, etag, result.LastModified))
            {
                http.Response.StatusCode = StatusCodes.Status304NotModified;
                return;
            }
        }

        http.Response.StatusCode = result.Status;
        http.Response.ContentType = html ? "text/html; charset=utf-8" : "application/json";
        http.Response.ContentLength = body.Length;
        if (response.Method != "HEAD")
        {
            await http.Response.Body.WriteAsync(body, http.RequestAborted);
        }
    }

    /// <summary>
    /// DRF's JSON renderer: compact separators, or <paramref name="indent"/> spaces with <c>": "</c>.
    /// </summary>
    public static byte[] Json(RestResult result, int? indent)
    {
        var buffer = new ArrayBufferWriter<byte>(InitialBodySize);
        WriteJson(result, indent, buffer);
        return buffer.WrittenSpan.ToArray();
    }

    private static void WriteJson(RestResult result, int? indent, IBufferWriter<byte> buffer)
    {
        var options = indent is { } size
            ? new JsonWriterOptions
            {
                Encoder = DrfJavaScriptEncoder.Instance,
                SkipValidation = true,
                Indented = true,
                IndentSize = size,
                NewLine = "\n",
            }
            : Compact;
        using var writer = new Utf8JsonWriter(buffer, options);
        result.Write(writer);
    }

    /// <summary>
    /// RFC 9110's order: <c>If-None-Match</c> (weak comparison, <c>*</c> included) decides when present;
    /// only without it does <c>If-Modified-Since</c> count, at the one-second resolution of HTTP dates.
    /// </summary>
    private static bool NotModified(HttpRequest request, string etag, DateTime? lastModified)
    {
        var ifNoneMatch = request.Headers.IfNoneMatch;
        if (ifNoneMatch.Count > 0)
        {
            if (!EntityTagHeaderValue.TryParseList(ifNoneMatch, out var tags))
            {
                return false;
            }

            var current = EntityTagHeaderValue.Parse(etag);
            return tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(current, useStrongComparison: false));
        }

        if (lastModified is not { } modified
            || !HeaderUtilities.TryParseDate(request.Headers.IfModifiedSince.ToString(), out var since))
        {
            return false;
        }

        return Truncate(modified) <= since;
    }

    private static string ETag(ReadOnlySpan<byte> body)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(body, hash);
        return "\"" + Convert.ToHexStringLower(hash[..16]) + "\"";
    }

    private static DateTimeOffset Truncate(DateTime utc)
    {
        var value = DateTime.SpecifyKind(utc, DateTimeKind.Utc);
        return new DateTimeOffset(value.AddTicks(-(value.Ticks % TimeSpan.TicksPerSecond)), TimeSpan.Zero);
    }

    /// <summary>Python's <c>HTTPStatus(code).phrase</c> for the statuses the shim answers.</summary>
    public static string Phrase(int status) => status switch
    {
        200 => "OK",
        404 => "Not Found",
        405 => "Method Not Allowed",
        406 => "Not Acceptable",
        _ => ReasonPhrases(status),
    };

    private static string ReasonPhrases(int status) =>
        Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(status) is { Length: > 0 } phrase
            ? phrase
            : status.ToString(CultureInfo.InvariantCulture);
}
