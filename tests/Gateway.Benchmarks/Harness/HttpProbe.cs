using System.Net.Http.Headers;
using System.Text;

namespace Gateway.Benchmarks.Harness;

/// <summary>Sends a <see cref="WrkRequest"/> once, as wrk would, and returns status and body.</summary>
internal static class HttpProbe
{
    public static async Task<(int Status, byte[] Body)> SendAsync(
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
        return ((int)response.StatusCode, await response.Content.ReadAsByteArrayAsync(cancellationToken));
    }
}
