using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Gateway.Editing;
using Gateway.Tests.Graph;
using Gateway.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Gateway.Tests.Hardening;

public sealed class PostgresFaultTests(ITestOutputHelper output)
{
    private const string Read = "{ packages(first: 10) { nodes { title grids(first: 3) { nodes { title } } } } }";

    private const string Create = "mutation C($slug: String!) { createCategory(input: { title: $slug, slug: $slug }) " +
        "{ category { id } errors { __typename } } }";

    [Fact]
    public async Task Stopped_server_fails_requests_fast_turns_ready_red_and_recovers_by_itself()
    {
        // A server of the test's own: the shared one serves other tests at the same time.
        await using var server = await PostgresServer.StartOwnAsync();
        await using var store = await TestStore.CreateAsync(server);
        await using (var db = store.CreateContext())
        {
            await TestCatalogue.WriteAsync(db, 30);
        }

        var token = await store.Services.GetRequiredService<ApiTokenService>()
            .CreateAsync("fault", EditorRole.Moderator, CancellationToken.None);
        await using var factory = new GatewayFactory(store, environment: "Production");
        using var http = factory.CreateClient();
        http.Timeout = TimeSpan.FromSeconds(60);
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.Secret);
        var categoriesBefore = await CountCategoriesAsync(store);

        using var stop = new CancellationTokenSource();
        var outcomes = new List<string>();
        var load = Enumerable.Range(0, 8).Select(i => LoadAsync(http, i, outcomes, stop.Token)).ToArray();
        await Task.Delay(TimeSpan.FromSeconds(2));
        await server.StopClusterAsync();

        var outage = await MeasureOutageAsync(http);
        await Task.Delay(TimeSpan.FromSeconds(2));
        await server.StartClusterAsync();
        var recovered = await WaitUntilReadyAsync(http);
        await stop.CancelAsync();
        await Task.WhenAll(load);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, outage.ReadyStatus);
        Assert.Equal("STORE_UNAVAILABLE", outage.ReadCode);
        Assert.Equal("STORE_UNAVAILABLE", outage.WriteCode);
        Assert.True(recovered, "/health/ready did not turn green within a minute of the restart.");
        var after = await PostAsync(http, Read, null);
        Assert.False(after.TryGetProperty("errors", out var errors), errors.ToString());
        lock (outcomes)
        {
            var tally = outcomes.GroupBy(o => o).Select(g => $"{g.Count()} {g.Key}");
            output.WriteLine($"load outcomes: {string.Join(", ", tally)}");
            output.WriteLine($"outage answers: read {outage.ReadTime.TotalMilliseconds:F0} ms, " +
                $"write {outage.WriteTime.TotalMilliseconds:F0} ms");
            Assert.DoesNotContain(outcomes, o => o.StartsWith("hang", StringComparison.Ordinal));
            Assert.DoesNotContain(outcomes, o => o.Contains("INTERNAL_ERROR", StringComparison.Ordinal));
        }

        // The create refused during the outage left nothing behind; the ones acknowledged are all there.
        var acknowledged = outcomes.Count(o => o == "write ok");
        Assert.Equal(categoriesBefore + acknowledged, await CountCategoriesAsync(store));
    }

    private static async Task LoadAsync(HttpClient http, int client, List<string> outcomes, CancellationToken stop)
    {
        var n = 0;
        while (!stop.IsCancellationRequested)
        {
            var write = n % 4 == 3;
            var started = Stopwatch.GetTimestamp();
            string outcome;
            try
            {
                var root = write
                    ? await PostAsync(http, Create, new { slug = $"fault-{client}-{n}" })
                    : await PostAsync(http, Read, null);
                outcome = Outcome(root, write);
            }
            catch (TaskCanceledException)
            {
                outcome = "hang (no answer within the client timeout)";
            }

            if (Stopwatch.GetElapsedTime(started) > TimeSpan.FromSeconds(30))
            {
                outcome = "hang " + outcome;
            }

            lock (outcomes)
            {
                outcomes.Add(outcome);
            }

            n++;
        }
    }

    private static string Outcome(JsonElement root, bool write)
    {
        var kind = write ? "write" : "read";
        if (root.TryGetProperty("errors", out var errors))
        {
            return $"{kind} {errors[0].GetProperty("extensions").GetProperty("code").GetString()}";
        }

        if (write)
        {
            var payload = root.GetProperty("data").GetProperty("createCategory");
            return payload.GetProperty("category").ValueKind == JsonValueKind.Object ? "write ok" : "write refused";
        }

        return "read ok";
    }

    private static async Task<Outage> MeasureOutageAsync(HttpClient http)
    {
        var ready = await http.GetAsync(new Uri("/health/ready", UriKind.Relative));
        var started = Stopwatch.GetTimestamp();
        var read = await PostAsync(http, Read, null);
        var readTime = Stopwatch.GetElapsedTime(started);
        started = Stopwatch.GetTimestamp();
        var write = await PostAsync(http, Create, new { slug = "during-outage" });
        var writeTime = Stopwatch.GetElapsedTime(started);
        return new Outage(ready.StatusCode, Code(read), readTime, Code(write), writeTime);
    }

    private static string? Code(JsonElement root) =>
        root.TryGetProperty("errors", out var errors)
            ? errors[0].GetProperty("extensions").GetProperty("code").GetString()
            : null;

    private static async Task<bool> WaitUntilReadyAsync(HttpClient http)
    {
        for (var i = 0; i < 120; i++)
        {
            using var response = await http.GetAsync(new Uri("/health/ready", UriKind.Relative));
            if (response.StatusCode == HttpStatusCode.OK)
            {
                return true;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(500));
        }

        return false;
    }

    private static async Task<int> CountCategoriesAsync(TestStore store)
    {
        await using var db = store.CreateContext();
        return await db.Categories.CountAsync();
    }

    private static async Task<JsonElement> PostAsync(HttpClient http, string query, object? variables)
    {
        using var response = await http.PostAsJsonAsync("/graphql", new { query, variables });
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private sealed record Outage(
        HttpStatusCode ReadyStatus, string? ReadCode, TimeSpan ReadTime, string? WriteCode, TimeSpan WriteTime);
}
