using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gateway.Data;
using Gateway.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace Gateway.Tests.Hardening;

public sealed class HostileCorpusTests(ITestOutputHelper output)
{
    [Fact]
    public void Corpus_holds_at_least_a_hundred_requests()
    {
        Assert.True(HostileCorpus.All.Count >= 100, $"{HostileCorpus.All.Count} requests");
        Assert.Equal(HostileCorpus.All.Count, HostileCorpus.All.Select(c => c.Name).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Every_hostile_request_gets_a_client_error_and_changes_nothing(CatalogueProvider provider)
    {
        await using var store = await TestStore.CreateDemoAsync(provider);
        var before = await FingerprintAsync(store);
        await using var factory = new GatewayFactory(store, environment: "Production");
        using var http = factory.CreateClient();
        var failures = new List<string>();
        var kinds = new SortedDictionary<string, int>(StringComparer.Ordinal);

        foreach (var hostile in HostileCorpus.All)
        {
            using var request = hostile.Build();
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            using var response = await http.SendAsync(request);
            var elapsed = System.Diagnostics.Stopwatch.GetElapsedTime(started);
            if (elapsed > TimeSpan.FromSeconds(1))
            {
                output.WriteLine($"slow: {hostile.Name} took {elapsed.TotalSeconds:F1} s");
            }

            var body = await response.Content.ReadAsStringAsync();
            var (accepted, kind) = hostile.Rest ? JudgeRest(response, body) : JudgeGraphQL(response, body);
            kinds[kind] = kinds.GetValueOrDefault(kind) + 1;
            if (!accepted)
            {
                failures.Add($"{hostile.Name}: {(int)response.StatusCode} {body[..Math.Min(body.Length, 300)]}");
            }
        }

        foreach (var (kind, count) in kinds)
        {
            output.WriteLine($"{count,4}  {kind}");
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
        var live = await http.GetAsync(new Uri("/health/live", UriKind.Relative));
        using var sane = await http.PostAsJsonAsync("/graphql", new { query = "{ packages { totalCount } }" });
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Contains("totalCount", await sane.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await FingerprintAsync(store));
    }

    /// <summary>A 4xx, or a 200 whose every error has a message and a code; never a 5xx.</summary>
    private static (bool Accepted, string Kind) JudgeGraphQL(HttpResponseMessage response, string body)
    {
        var status = (int)response.StatusCode;
        var codes = ErrorCodes(body);
        var kind = $"graphql {status} {string.Join(',', codes.Distinct())}".TrimEnd();
        if (status is >= 400 and < 500)
        {
            return (true, kind);
        }

        return (status == 200 && codes.Count > 0 && codes.All(c => c != "(none)" && c != "INTERNAL_ERROR"), kind);
    }

    /// <summary>The shim answers as the site does; what matters here is that it never fails with a 5xx.</summary>
    private static (bool Accepted, string Kind) JudgeRest(HttpResponseMessage response, string body) =>
        ((int)response.StatusCode < 500 && body.Length < 10_000_000, $"rest {(int)response.StatusCode}");

    private static List<string> ErrorCodes(string body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            if (!json.RootElement.TryGetProperty("errors", out var errors))
            {
                return [];
            }

            return [.. errors.EnumerateArray().Select(e =>
                !string.IsNullOrWhiteSpace(e.GetProperty("message").GetString())
                && e.TryGetProperty("extensions", out var x) && x.TryGetProperty("code", out var code)
                    ? code.GetString() ?? "(none)"
                    : "(none)")];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    private static async Task<string> FingerprintAsync(TestStore store)
    {
        await using var db = store.CreateContext();
        var counts = new[]
        {
            await db.Packages.CountAsync(), await db.Categories.CountAsync(), await db.Grids.CountAsync(),
            await db.GridPackages.CountAsync(), await db.Features.CountAsync(), await db.Elements.CountAsync(),
            await db.Participants.CountAsync(), await db.PackageParticipants.CountAsync(),
            await db.ApiTokens.CountAsync(),
            await db.Packages.SumAsync(p => p.Version), await db.Categories.SumAsync(c => c.Version),
            await db.Grids.SumAsync(g => g.Version),
        };
        var modified = await db.Packages.MaxAsync(p => (DateTime?)p.Modified);
        return string.Join(',', counts) + "|" + modified?.ToString("O", System.Globalization.CultureInfo.InvariantCulture);
    }
}
