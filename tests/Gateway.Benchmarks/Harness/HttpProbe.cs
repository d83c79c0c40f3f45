using System.Globalization;
using System.Net.Http.Headers;
using System.Text;

namespace Gateway.Benchmarks.Harness;

/// <summary>Sends a <see cref="WrkRequest"/> once, as wrk would, and returns status and body.</summary>
internal static class HttpProbe
{
    /// <summary>The response header in which the REST shim reports its SQL statements (diagnostics on).</summary>
    public const string StatementsHeader = "X-Sql-Statements";

    public static async Task<(int Status, byte[] Body)> SendAsync(
        HttpClient client, Uri baseUri, WrkRequest request, CancellationToken cancellationToken)
    {
        var (status, body, _) = await SendWithStatementsAsync(client, baseUri, request, cancellationToken);
        return (status, body);
    }

    /// <summary>As <see cref="SendAsync"/>, with the <see cref="StatementsHeader"/> of the answer, if any.</summary>
    public static async Task<(int Status, byte[] Body, int? Statements)> SendWithStatementsAsync(
        HttpClient client, Uri baseUri, WrkRequest request, CancellationToken cancellationToken)
    {
        using var message = new HttpRequestMessage(
            new HttpMethod(request.Method), new Uri(baseUri, request.PathAndQuery));
        string? contentType = null;
        foreach (var (name, value) in request.Headers)
        {
            if (name.Equals("Host", StringComparison.OrdinalIgnoreCase))
            {
                message.Headers.Host = value;
            }
            else if (name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase))
            {
                contentType = value;
            }
            else
            {
                message.Headers.TryAddWithoutValidation(name, value);
            }
        }

        if (request.Body is not null)
        {
            message.Content = new StringContent(request.Body, Encoding.UTF8);
            message.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType ?? "application/json");
        }

        using var response = await client.SendAsync(message, cancellationToken);
        int? statements = response.Headers.TryGetValues(StatementsHeader, out var values)
            && int.TryParse(values.FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out var count)
                ? count
                : null;
        return ((int)response.StatusCode, await response.Content.ReadAsByteArrayAsync(cancellationToken), statements);
    }
}
