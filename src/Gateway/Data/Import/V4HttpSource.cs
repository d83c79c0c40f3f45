using System.Net.Http.Headers;
using System.Text.Json;

namespace Gateway.Data.Import;

/// <summary>
/// Reads a v4 dump from a live API: <c>categories/</c>, <c>grids/</c> and <c>packages/</c> under the base
/// URL (such as <c>https://djangopackages.org/api/v4/</c>), following each list's <c>next</c> link.
/// </summary>
public sealed class V4HttpSource(HttpClient http, Uri baseUri)
{
    /// <summary>A guard against a server whose <c>next</c> links go round in a circle.</summary>
    public const int MaxPages = 100_000;

    public async Task<V4Dump> ReadAsync(Action<string>? progress, CancellationToken cancellationToken)
    {
        var root = baseUri.AbsoluteUri.EndsWith('/') ? baseUri : new Uri(baseUri.AbsoluteUri + "/");
        var dump = new V4Dump();
        foreach (var kind in Enum.GetValues<V4Kind>())
        {
            var next = new Uri(root, kind.ToString().ToLowerInvariant() + "/").AbsoluteUri;
            for (var pages = 0; next is not null; pages++)
            {
                if (pages == MaxPages)
                {
                    throw new V4ImportException("fetch_failed", next, null, null,
                        $"is page {MaxPages + 1} of one list; the limit is {MaxPages} pages");
                }

                var current = next;
                next = await ReadPageAsync(kind, current, dump, cancellationToken) is { } link
                    ? new Uri(new Uri(current), link).AbsoluteUri
                    : null;
                progress?.Invoke(
                    $"Read {kind.ToString().ToLowerInvariant()} page {pages + 1}: {dump.Count} records so far");
            }
        }

        return dump;
    }

    private async Task<string?> ReadPageAsync(V4Kind kind, string url, V4Dump dump, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        JsonDocument document;
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw new V4ImportException("fetch_failed", url, null, null,
                    $"answered HTTP {(int)response.StatusCode} {response.ReasonPhrase}");
            }

            await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
            document = await JsonDocument.ParseAsync(body, default, cancellationToken);
        }
        catch (HttpRequestException e)
        {
            throw new V4ImportException("fetch_failed", url, null, null, $"could not be fetched: {e.Message}", e);
        }
        catch (JsonException e)
        {
            throw new V4ImportException("broken_json", url, null, null,
                $"is not valid JSON (line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}): {e.Message}", e);
        }

        using (document)
        {
            return V4Parser.Read(kind, document.RootElement, url, dump);
        }
    }
}
