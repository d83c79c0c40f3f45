using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Gateway.Soak;

/// <summary>Runs the clients, then checks that every acknowledged write is in the store exactly once.</summary>
internal static class SoakRun
{
    private const string Read = "{ packages(first: 20) { nodes { title grids(first: 5) { nodes { title } } " +
        "participants(first: 3) { nodes { login } } } } }";

    private const string Create = "mutation C($title: String!, $slug: String!) { createCategory(input: " +
        "{ title: $title, slug: $slug }) { category { id version } errors { __typename } } }";

    private const string Update = "mutation U($id: ID!, $version: Int!, $title: String!) { updateCategory(input: " +
        "{ id: $id, version: $version, title: $title }) { category { version } errors { __typename } } }";

    private const string Page = "query P($after: String) { categories(first: 100, after: $after) { nodes { slug " +
        "version } pageInfo { hasNextPage endCursor } } }";

    public static async Task<int> RunAsync(SoakOptions options)
    {
        var run = DateTime.UtcNow.ToString("HHmmss", CultureInfo.InvariantCulture);
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = options.Clients * 2 })
        {
            BaseAddress = options.Url,
            Timeout = TimeSpan.FromSeconds(60),
        };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", options.Token);
        var stats = new ConcurrentDictionary<string, ConcurrentBag<double>>(StringComparer.Ordinal);
        var failures = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        var acknowledged = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        var warmUp = TimeSpan.FromSeconds(Math.Min(20, options.Duration.TotalSeconds / 6));
        var deadline = Stopwatch.StartNew();

        var memoryAfterWarmUp = Task.Run(async () =>
        {
            await Task.Delay(warmUp);
            return ServerMemory(options.ServerProcessId);
        });
        // The server's RSS every tenth of the run, to tell a plateau from a steady climb.
        var memorySamples = Task.Run(async () =>
        {
            var samples = new List<string>();
            for (var i = 1; i <= 9; i++)
            {
                await Task.Delay(options.Duration / 10);
                samples.Add(MemorySample(options.ServerProcessId));
            }

            return samples;
        });
        var clients = Enumerable.Range(0, options.Clients)
            .Select(c => ClientAsync(http, c, run, options.Duration, deadline, stats, failures, acknowledged))
            .ToArray();
        await Task.WhenAll(clients);
        var memoryBefore = await memoryAfterWarmUp;
        var memoryAfter = ServerMemory(options.ServerProcessId);
        Console.WriteLine("server memory each tenth of the run, RSS (anonymous): " +
            string.Join(", ", (await memorySamples).Append(MemorySample(options.ServerProcessId))));

        var (stored, versions) = await CountAsync(http, $"soak-{run}-");
        var expectedVersions = acknowledged.Values.Sum();
        Report(stats, failures, acknowledged.Count, stored, versions, expectedVersions, memoryBefore, memoryAfter);
        var ok = failures.IsEmpty && stored == acknowledged.Count && versions == expectedVersions;
        Console.WriteLine(ok ? "soak: PASS" : "soak: FAIL");
        return ok ? 0 : 1;
    }

    private static async Task ClientAsync(HttpClient http, int client, string run, TimeSpan duration, Stopwatch clock,
        ConcurrentDictionary<string, ConcurrentBag<double>> stats, ConcurrentDictionary<string, int> failures,
        ConcurrentDictionary<string, int> acknowledged)
    {
        var random = new Random(client);
        var own = new List<(string Id, string Slug, int Version)>();
        var n = 0;
        while (clock.Elapsed < duration)
        {
            var roll = random.Next(100);
            var started = Stopwatch.GetTimestamp();
            string kind;
            bool ok;
            try
            {
                if (roll < 55)
                {
                    kind = "graphql read";
                    ok = (await PostAsync(http, Read, null)).TryGetProperty("data", out _);
                }
                else if (roll < 70)
                {
                    kind = "rest read";
                    using var response = await http.GetAsync(new Uri("/api/v4/packages/?limit=20", UriKind.Relative));
                    ok = response.IsSuccessStatusCode;
                    await response.Content.ReadAsByteArrayAsync();
                }
                else if (roll < 85 || own.Count == 0)
                {
                    kind = "create";
                    var slug = $"soak-{run}-{client}-{n++}";
                    var payload = Payload(await PostAsync(http, Create, new { title = slug, slug }), "createCategory");
                    ok = payload is { } p && p.GetProperty("category").ValueKind == JsonValueKind.Object;
                    if (ok)
                    {
                        var category = payload!.Value.GetProperty("category");
                        own.Add((category.GetProperty("id").GetString()!, slug, category.GetProperty("version").GetInt32()));
                        acknowledged[slug] = 1;
                    }
                }
                else
                {
                    kind = "update";
                    var index = random.Next(own.Count);
                    var (id, slug, version) = own[index];
                    var payload = Payload(await PostAsync(http, Update, new { id, version, title = $"{slug} v{version + 1}" }),
                        "updateCategory");
                    ok = payload is { } p && p.GetProperty("category").ValueKind == JsonValueKind.Object;
                    if (ok)
                    {
                        var next = payload!.Value.GetProperty("category").GetProperty("version").GetInt32();
                        own[index] = (id, slug, next);
                        acknowledged[slug] = next;
                    }
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or JsonException
                or KeyNotFoundException or InvalidOperationException)
            {
                kind = "exception " + e.GetType().Name;
                ok = false;
            }

            stats.GetOrAdd(kind, _ => []).Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            if (!ok)
            {
                failures.AddOrUpdate(kind, 1, (_, count) => count + 1);
            }
        }
    }

    private static JsonElement? Payload(JsonElement root, string field) =>
        root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object
        && data.GetProperty(field) is { ValueKind: JsonValueKind.Object } payload
        && (payload.GetProperty("errors") is not { ValueKind: JsonValueKind.Array } errors || errors.GetArrayLength() == 0)
            ? payload
            : null;

    private static async Task<JsonElement> PostAsync(HttpClient http, string query, object? variables)
    {
        using var response = await http.PostAsJsonAsync(new Uri("/graphql", UriKind.Relative), new { query, variables });
        var text = await response.Content.ReadAsStringAsync();
        var root = JsonDocument.Parse(text).RootElement.Clone();
        if (!response.IsSuccessStatusCode || root.TryGetProperty("errors", out _))
        {
            await Console.Error.WriteLineAsync($"{(int)response.StatusCode} {text[..Math.Min(300, text.Length)]}");
        }

        return root;
    }

    /// <summary>How many categories of this run are stored, and the sum of their versions.</summary>
    private static async Task<(int Count, long Versions)> CountAsync(HttpClient http, string prefix)
    {
        var (count, versions) = (0, 0L);
        string? after = null;
        while (true)
        {
            var page = (await PostAsync(http, Page, new { after })).GetProperty("data").GetProperty("categories");
            foreach (var node in page.GetProperty("nodes").EnumerateArray())
            {
                if (node.GetProperty("slug").GetString()!.StartsWith(prefix, StringComparison.Ordinal))
                {
                    count++;
                    versions += node.GetProperty("version").GetInt32();
                }
            }

            var info = page.GetProperty("pageInfo");
            if (!info.GetProperty("hasNextPage").GetBoolean())
            {
                return (count, versions);
            }

            after = info.GetProperty("endCursor").GetString();
        }
    }

    private static long? ServerMemory(int? processId, string field = "VmRSS:")
    {
        if (processId is null)
        {
            return null;
        }

        var line = File.ReadLines($"/proc/{processId}/status").FirstOrDefault(l => l.StartsWith(field, StringComparison.Ordinal));
        return line is null ? null : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
    }

    private static void Report(ConcurrentDictionary<string, ConcurrentBag<double>> stats, ConcurrentDictionary<string, int> failures,
        int acknowledgedWrites, int stored, long versions, long expectedVersions, long? memoryBefore, long? memoryAfter)
    {
        var total = stats.Values.Sum(b => b.Count);
        Console.WriteLine($"requests: {total}, failed: {failures.Values.Sum()}");
        foreach (var (kind, times) in stats.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            var sorted = times.Order().ToArray();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {kind,-14} n={sorted.Length,7} failed={failures.GetValueOrDefault(kind),4} " +
                $"p50={Percentile(sorted, 0.50),8:F1} ms p99={Percentile(sorted, 0.99),8:F1} ms max={sorted[^1],8:F1} ms"));
        }

        var all = stats.Values.SelectMany(b => b).Order().ToArray();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  all p99={Percentile(all, 0.99):F1} ms"));
        Console.WriteLine($"writes: {acknowledgedWrites} categories acknowledged, {stored} stored; " +
            $"versions {versions} stored, {expectedVersions} acknowledged");
        Console.WriteLine($"server memory (RSS): after warm-up {Mb(memoryBefore)}, at the end {Mb(memoryAfter)}");
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    /// <summary>
    /// The server's resident memory and the anonymous part of it (the heaps, as opposed to mapped files
    /// such as SQLite's shared-memory index).
    /// </summary>
    private static string MemorySample(int? processId) =>
        $"{Mb(ServerMemory(processId))} ({Mb(ServerMemory(processId, "RssAnon:"))})";

    private static string Mb(long? bytes) =>
        bytes is null ? "n/a" : string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0 / 1024.0:F0} MB");
}
