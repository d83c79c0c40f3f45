using System.Text.Json;
using Gateway.Data;
using Gateway.Tests.Graph;
using Gateway.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Tests.DataLoading;

/// <summary>The number of SQL statements a request costs depends on its depth, never on its page sizes.</summary>
public sealed class StatementCountTests
{
    private const string PackagePage = """
        query ($n: Int!) {
          packages(first: $n) {
            nodes {
              category { title }
              grids(first: 10) { nodes { slug } }
              participants(first: 10) { nodes { login } }
            }
          }
        }
        """;

    private static readonly Dictionary<string, string?> DiagnosticsOn = new() { ["Gateway:Diagnostics"] = "true" };

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Package_page_costs_the_same_statements_for_1_20_and_100_packages(CatalogueProvider provider)
    {
        await using var store = await TestStore.CreateDemoAsync(provider);
        await using var factory = new GatewayFactory(store, DiagnosticsOn);
        var client = new GraphClient(factory.CreateClient());

        var counts = new List<int>();
        foreach (var n in new[] { 1, 20, 100 })
        {
            var root = await client.PostAsync(PackagePage, new { n });
            Assert.False(root.TryGetProperty("errors", out var errors), errors.ToString());
            var nodes = root.GetProperty("data").GetProperty("packages").GetProperty("nodes");
            Assert.Equal(n, nodes.GetArrayLength());
            Assert.Contains(nodes.EnumerateArray(), p => p.GetProperty("grids").GetProperty("nodes").GetArrayLength() > 0
                || n == 1);
            counts.Add(Statements(root));
        }

        // packages, categories, grids of all packages, participants of all packages.
        Assert.Equal([4, 4, 4], counts);
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Nested_pages_under_nested_pages_cost_one_statement_per_level(CatalogueProvider provider)
    {
        await using var store = await TestStore.CreateDemoAsync(provider);
        await using var factory = new GatewayFactory(store, DiagnosticsOn);
        var client = new GraphClient(factory.CreateClient());
        const string query = """
            query ($n: Int!) {
              categories(first: 10) {
                totalCount
                nodes {
                  packages(first: $n) {
                    totalCount
                    nodes { slug grids(first: 5) { totalCount nodes { features(first: 3) { nodes { title } } } } }
                  }
                }
              }
            }
            """;

        var small = await client.PostAsync(query, new { n = 2 });
        var large = await client.PostAsync(query, new { n = 50 });

        Assert.False(large.TryGetProperty("errors", out var errors), errors.ToString());
        Assert.Equal(Statements(small), Statements(large));
        // categories, packages, grids (each with its counts in the same statement), features.
        Assert.Equal(4, Statements(large));
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Total_count_is_read_in_the_page_statement_and_still_counts_past_the_last_page(
        CatalogueProvider provider)
    {
        await using var store = await TestStore.CreateDemoAsync(provider);
        await using var factory = new GatewayFactory(store, DiagnosticsOn);
        var client = new GraphClient(factory.CreateClient());
        int packages;
        await using (var db = store.CreateContext())
        {
            packages = await db.Packages.CountAsync(p => p.RepoWatchers >= 100);
        }

        const string Page = """
            query ($after: String) {
              packages(first: 3, after: $after, where: { repoWatchers: { gte: 100 } }) {
                totalCount pageInfo { endCursor } nodes { slug }
              }
            }
            """;
        var first = await client.PostAsync(Page, new { after = (string?)null });
        var page = first.GetProperty("data").GetProperty("packages");
        Assert.Equal(packages, page.GetProperty("totalCount").GetInt32());
        Assert.Equal(1, Statements(first));

        var last = await client.PostAsync("""
            { packages(last: 1, where: { repoWatchers: { gte: 100 } }) { pageInfo { endCursor } } }
            """);
        var end = last.GetProperty("data").GetProperty("packages").GetProperty("pageInfo").GetProperty("endCursor");
        var past = await client.PostAsync(Page, new { after = end.GetString() });
        var empty = past.GetProperty("data").GetProperty("packages");
        Assert.Equal(0, empty.GetProperty("nodes").GetArrayLength());
        Assert.Equal(packages, empty.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Diagnostics_are_off_by_default()
    {
        await using var store = await TestStore.CreateAsync(CatalogueProvider.Sqlite);
        await using var factory = new GatewayFactory(store);
        var client = new GraphClient(factory.CreateClient());

        var root = await client.PostAsync("{ packages { totalCount } }");

        Assert.False(root.TryGetProperty("extensions", out var extensions)
            && extensions.TryGetProperty("diagnostics", out _), root.ToString());
    }

    [Fact]
    public async Task Diagnostics_report_statements_and_elapsed_time_when_switched_on()
    {
        await using var store = await TestStore.CreateAsync(CatalogueProvider.Sqlite);
        await using var factory = new GatewayFactory(store, DiagnosticsOn);
        var client = new GraphClient(factory.CreateClient());

        var root = await client.PostAsync("{ packages { totalCount nodes { slug } } }");

        var diagnostics = root.GetProperty("extensions").GetProperty("diagnostics");
        Assert.Equal(2, diagnostics.GetProperty("sqlStatements").GetInt32());
        Assert.True(diagnostics.GetProperty("elapsedMs").GetDouble() > 0);
    }

    private static int Statements(JsonElement root) =>
        root.GetProperty("extensions").GetProperty("diagnostics").GetProperty("sqlStatements").GetInt32();
}
