using System.Net.Http.Json;
using System.Text.Json;

namespace Gateway.Tests.Graph;

/// <summary>Posts GraphQL documents to the app's real endpoint and returns the parsed response.</summary>
public sealed class GraphClient(HttpClient http)
{
    /// <summary>
    /// The SQL statements the responses reported in <c>extensions.diagnostics</c> (with
    /// <c>Gateway:Diagnostics</c> on) since this was last set to 0: the gateway's own tally of hand-written
    /// and EF Core statements alike.
    /// </summary>
    public int ReportedStatements { get; set; }

    public async Task<JsonElement> PostAsync(string query, object? variables = null)
    {
        using var response = await http.PostAsJsonAsync("/graphql", new { query, variables });
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {text}");
        var root = JsonDocument.Parse(text).RootElement.Clone();
        if (root.TryGetProperty("extensions", out var extensions)
            && extensions.TryGetProperty("diagnostics", out var diagnostics))
        {
            ReportedStatements += diagnostics.GetProperty("sqlStatements").GetInt32();
        }

        return root;
    }

    /// <summary>Posts and fails the test on any GraphQL error; returns <c>data</c>.</summary>
    public async Task<JsonElement> DataAsync(string query, object? variables = null)
    {
        var root = await PostAsync(query, variables);
        Assert.False(root.TryGetProperty("errors", out var errors), errors.ToString());
        return root.GetProperty("data");
    }

    /// <summary>Posts and expects errors; returns the first error.</summary>
    public async Task<JsonElement> ErrorAsync(string query, object? variables = null)
    {
        var root = await PostAsync(query, variables);
        Assert.True(root.TryGetProperty("errors", out var errors), root.ToString());
        return errors[0];
    }
}
