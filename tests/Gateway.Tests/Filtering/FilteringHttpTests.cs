using System.Text.Json;
using Gateway.Data;
using Gateway.Tests.Graph;
using Gateway.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Tests.Filtering;

public sealed class FilteringHttpTests
{
    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Where_order_and_aggregates_over_http_match_the_reference(CatalogueProvider provider)
    {
        await using var store = await SeededAsync(provider);
        await using var factory = new GatewayFactory(store);
        var client = new GraphClient(factory.CreateClient());
        var rows = await RowsAsync(store);

        var data = await client.DataAsync("""
            { packages(first: 100, where: { title: { containsi: "DJANGO" }, repoWatchers: { gt: 100 } },
                       order: [{ repoWatchers: DESC }, { title: ASC }]) {
                totalCount
                nodes { databaseId }
                aggregates { count min { repoWatchers lastUpdated } max { repoWatchers } sum { repoWatchers }
                             avg { repoWatchers } } } }
            """);

        var expected = rows
            .Where(p => p.Title.Contains("django", StringComparison.OrdinalIgnoreCase) && p.RepoWatchers > 100)
            .OrderByDescending(p => p.RepoWatchers).ThenBy(p => p.Title, StringComparer.Ordinal).ThenBy(p => p.Id)
            .ToList();
        var packages = data.GetProperty("packages");
        Assert.True(expected.Count > 2);
        Assert.Equal(expected.Select(p => p.Id), Ids(packages.GetProperty("nodes")));
        Assert.Equal(expected.Count, packages.GetProperty("totalCount").GetInt32());
        var aggregates = packages.GetProperty("aggregates");
        Assert.Equal(expected.Count, aggregates.GetProperty("count").GetInt32());
        Assert.Equal(expected.Min(p => p.RepoWatchers), aggregates.GetProperty("min").GetProperty("repoWatchers").GetInt32());
        Assert.Equal(expected.Max(p => p.RepoWatchers), aggregates.GetProperty("max").GetProperty("repoWatchers").GetInt32());
        Assert.Equal(expected.Sum(p => p.RepoWatchers), aggregates.GetProperty("sum").GetProperty("repoWatchers").GetDouble());
        Assert.Equal(expected.Average(p => p.RepoWatchers),
            aggregates.GetProperty("avg").GetProperty("repoWatchers").GetDouble(), 6);
        Assert.Equal(expected.Min(p => p.LastUpdated),
            aggregates.GetProperty("min").GetProperty("lastUpdated").GetDateTimeOffset().UtcDateTime);
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Nested_connections_take_where_order_and_aggregates(CatalogueProvider provider)
    {
        await using var store = await SeededAsync(provider);
        await using var factory = new GatewayFactory(store);
        var client = new GraphClient(factory.CreateClient());
        var rows = await RowsAsync(store);

        var data = await client.DataAsync("""
            { categories(first: 10) { nodes { databaseId
                packages(first: 100, where: { pypiVersion: { neq: null } }, order: [{ title: DESC }]) {
                  totalCount nodes { databaseId } aggregates { max { created } } } } } }
            """);

        foreach (var category in data.GetProperty("categories").GetProperty("nodes").EnumerateArray())
        {
            var id = category.GetProperty("databaseId").GetInt32();
            var expected = rows.Where(p => p.CategoryId == id && p.PypiVersion is not null)
                .OrderByDescending(p => p.Title, StringComparer.Ordinal).ThenBy(p => p.Id).ToList();
            var packages = category.GetProperty("packages");
            Assert.Equal(expected.Select(p => p.Id), Ids(packages.GetProperty("nodes")));
            Assert.Equal(expected.Count, packages.GetProperty("totalCount").GetInt32());
            Assert.Equal(expected.Max(p => p.Created),
                packages.GetProperty("aggregates").GetProperty("max").GetProperty("created").GetDateTimeOffset().UtcDateTime);
        }
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Grid_features_take_where_order_and_aggregates(CatalogueProvider provider)
    {
        await using var store = await SeededAsync(provider);
        await using var factory = new GatewayFactory(store);
        var client = new GraphClient(factory.CreateClient());
        await using var db = store.CreateContext();
        var features = await db.Features.ToListAsync();
        var since = new DateTime(2024, 3, 1, 0, 0, 0, DateTimeKind.Utc);

        var data = await client.DataAsync("""
            { grids(first: 10) { nodes { databaseId
                features(first: 100, where: { or: [{ title: { containsi: "É" } }, { description: { eq: "" } }],
                                              created: { lt: "2024-03-01T00:00:00Z" } },
                         order: [{ description: DESC }, { modified: ASC }]) {
                  totalCount nodes { databaseId }
                  aggregates { count min { created } max { modified databaseId } sum { databaseId }
                               avg { databaseId } } } } } }
            """);

        var matched = 0;
        foreach (var grid in data.GetProperty("grids").GetProperty("nodes").EnumerateArray())
        {
            var id = grid.GetProperty("databaseId").GetInt32();
            var expected = features
                .Where(f => f.GridId == id && f.Created < since
                    && (f.Title.Contains('é', StringComparison.OrdinalIgnoreCase) || f.Description.Length == 0))
                .OrderByDescending(f => f.Description, StringComparer.Ordinal).ThenBy(f => f.Modified).ThenBy(f => f.Id)
                .ToList();
            matched += expected.Count;
            var connection = grid.GetProperty("features");
            Assert.Equal(expected.Select(f => f.Id), Ids(connection.GetProperty("nodes")));
            Assert.Equal(expected.Count, connection.GetProperty("totalCount").GetInt32());
            var aggregates = connection.GetProperty("aggregates");
            Assert.Equal(expected.Count, aggregates.GetProperty("count").GetInt32());
            Assert.Equal(expected.Sum(f => f.Id), aggregates.GetProperty("sum").GetProperty("databaseId").GetDouble());
            if (expected.Count == 0)
            {
                Assert.Equal(JsonValueKind.Null, aggregates.GetProperty("avg").GetProperty("databaseId").ValueKind);
                continue;
            }

            Assert.Equal(expected.Min(f => f.Created),
                aggregates.GetProperty("min").GetProperty("created").GetDateTimeOffset().UtcDateTime);
            Assert.Equal(expected.Max(f => f.Modified),
                aggregates.GetProperty("max").GetProperty("modified").GetDateTimeOffset().UtcDateTime);
            Assert.Equal(expected.Max(f => f.Id), aggregates.GetProperty("max").GetProperty("databaseId").GetInt32());
            Assert.Equal(expected.Average(f => f.Id),
                aggregates.GetProperty("avg").GetProperty("databaseId").GetDouble(), 6);
        }

        Assert.InRange(matched, 2, features.Count - 2);
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Paging_grid_features_under_an_order_visits_each_once(CatalogueProvider provider)
    {
        await using var store = await SeededAsync(provider);
        await using var factory = new GatewayFactory(store);
        var client = new GraphClient(factory.CreateClient());
        await using var db = store.CreateContext();
        var expected = (await db.Features.Where(f => f.GridId == 4).ToListAsync())
            .Where(f => !f.Title.StartsWith('z'))
            .OrderBy(f => f.Title, StringComparer.Ordinal).ThenByDescending(f => f.Created).ThenBy(f => f.Id)
            .Select(f => f.Id)
            .ToList();

        var seen = new List<int>();
        string? after = null;
        do
        {
            var data = await client.DataAsync("""
                query($after: String) { grids(where: { slug: { eq: "grid-4" } }) { nodes {
                  features(first: 2, after: $after, where: { title: { nstartsWith: "z" } },
                           order: [{ title: ASC }, { created: DESC }]) {
                    nodes { databaseId } pageInfo { hasNextPage endCursor } } } } }
                """, new { after });
            var features = data.GetProperty("grids").GetProperty("nodes")[0].GetProperty("features");
            seen.AddRange(Ids(features.GetProperty("nodes")));
            var info = features.GetProperty("pageInfo");
            after = info.GetProperty("hasNextPage").GetBoolean() ? info.GetProperty("endCursor").GetString() : null;
        }
        while (after is not null);

        Assert.True(expected.Count > 4);
        Assert.Equal(expected, seen);
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Paging_under_several_orders_visits_every_row_once_while_rows_are_inserted(CatalogueProvider provider)
    {
        await using var store = await SeededAsync(provider);
        await using var factory = new GatewayFactory(store);
        var client = new GraphClient(factory.CreateClient());
        var original = (await RowsAsync(store)).Select(p => p.Id).ToHashSet();
        string[] orders =
        [
            "[{ lastUpdated: DESC_NULLS_FIRST }]",
            "[{ category: { title: ASC } }, { title: DESC }]",
            "[{ pypiVersion: ASC_NULLS_LAST }, { repoWatchers: DESC }]",
            "[{ supportsPython3: DESC }, { documentationUrl: ASC_NULLS_FIRST }]",
        ];
        var inserted = 1000;

        foreach (var order in orders)
        {
            var seen = new List<int>();
            string? after = null;
            do
            {
                var data = await client.DataAsync(
                    $"query($after: String) {{ packages(first: 7, after: $after, order: {order}) {{ " +
                    "nodes { databaseId } pageInfo { hasNextPage endCursor } } }", new { after });
                var packages = data.GetProperty("packages");
                seen.AddRange(Ids(packages.GetProperty("nodes")));
                var info = packages.GetProperty("pageInfo");
                after = info.GetProperty("hasNextPage").GetBoolean() ? info.GetProperty("endCursor").GetString() : null;
                await InsertAsync(store, ++inserted);
            }
            while (after is not null);

            Assert.Equal(seen.Count, seen.Distinct().Count());
            Assert.Subset(seen.ToHashSet(), original);
        }
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task A_filtered_sorted_page_costs_as_many_statements_as_an_unfiltered_one(CatalogueProvider provider)
    {
        await using var gateway = await CountingGateway.CreateAsync(provider);
        var (client, counter) = (gateway.Client, gateway.Counter);

        await client.DataAsync("{ packages(first: 20) { totalCount nodes { databaseId title } } }");
        var plain = counter.Count;
        counter.Reset();
        await client.DataAsync("""
            { packages(first: 20, where: { or: [{ title: { containsi: "é" } }, { grids: { some: { isLocked: { eq: true } } } }],
                                           category: { showPypi: { eq: true } } },
                       order: [{ category: { title: DESC } }, { lastUpdated: ASC_NULLS_FIRST }]) {
                totalCount nodes { databaseId title } } }
            """);

        Assert.True(plain > 0);
        Assert.Equal(plain, counter.Count);
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Nested_aggregates_count_the_whole_filtered_set_even_past_the_page(CatalogueProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await using var db = store.CreateContext();
        await FilterTestCatalogue.WriteAsync(db);
        await using var factory = new GatewayFactory(store);
        var client = new GraphClient(factory.CreateClient());
        var memberships = await db.GridPackages.CountAsync();
        var participations = await db.PackageParticipants.CountAsync();

        var data = await client.DataAsync("""
            { grids(first: 50) { nodes { packages(first: 1, where: { repoWatchers: { gte: 0 } }) {
                totalCount aggregates { count } } } }
              packages(first: 100) { nodes {
                grids(first: 1) { totalCount aggregates { count } }
                participants(first: 1) { totalCount aggregates { count } } } } }
            """);

        var gridPackages = Counts(data.GetProperty("grids"), "packages");
        var packageGrids = Counts(data.GetProperty("packages"), "grids");
        var packageParticipants = Counts(data.GetProperty("packages"), "participants");
        Assert.True(memberships > 0);
        Assert.Equal(memberships, gridPackages.Sum());
        Assert.Equal(memberships, packageGrids.Sum());
        Assert.Equal(participations, packageParticipants.Sum());
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Nested_aggregates_cost_the_same_statements_for_5_and_50_parents(CatalogueProvider provider)
    {
        await using var gateway = await CountingGateway.CreateAsync(provider);
        var (client, counter) = (gateway.Client, gateway.Counter);
        const string Shape = """
            { packages(first: N, order: [{ title: ASC }]) { nodes { databaseId
                grids(first: 1, where: { header: { eq: true } }) {
                  aggregates { count min { databaseId created } max { modified } sum { databaseId } } }
                participants(first: 1, where: { login: { neq: "ana" } }) { aggregates { count max { databaseId } } }
              } } }
            """;

        var counts = new List<int>();
        JsonElement packages = default;
        foreach (var parents in new[] { 5, 50 })
        {
            counter.Reset();
            packages = (await client.DataAsync(Shape.Replace("first: N", $"first: {parents}")))
                .GetProperty("packages").GetProperty("nodes");
            Assert.Equal(parents, packages.GetArrayLength());
            counts.Add(counter.Count);
        }

        // The page of packages, the two nested pages, and one aggregate statement per nested connection.
        Assert.Equal([1 + 2 + 2, 1 + 2 + 2], counts);
        await using var db = gateway.Store.CreateContext();
        var rows = await db.Packages
            .Include(p => p.GridPackages).ThenInclude(gp => gp.Grid)
            .Include(p => p.PackageParticipants).ThenInclude(pp => pp.Participant)
            .AsSplitQuery().ToListAsync();
        var withGrids = 0;
        foreach (var node in packages.EnumerateArray())
        {
            var package = rows.Single(p => p.Id == node.GetProperty("databaseId").GetInt32());
            var grids = package.GridPackages.Select(gp => gp.Grid!).Where(g => g.Header).ToList();
            var aggregates = node.GetProperty("grids").GetProperty("aggregates");
            Assert.Equal(grids.Count, aggregates.GetProperty("count").GetInt32());
            Assert.Equal(grids.Sum(g => g.Id), aggregates.GetProperty("sum").GetProperty("databaseId").GetDouble());
            if (grids.Count > 0)
            {
                withGrids++;
                Assert.Equal(grids.Min(g => g.Id), aggregates.GetProperty("min").GetProperty("databaseId").GetInt32());
                Assert.Equal(grids.Min(g => g.Created),
                    aggregates.GetProperty("min").GetProperty("created").GetDateTimeOffset().UtcDateTime);
                Assert.Equal(grids.Max(g => g.Modified),
                    aggregates.GetProperty("max").GetProperty("modified").GetDateTimeOffset().UtcDateTime);
            }
            else
            {
                Assert.Equal(JsonValueKind.Null, aggregates.GetProperty("min").GetProperty("databaseId").ValueKind);
            }

            var logins = package.PackageParticipants.Select(pp => pp.Participant!)
                .Where(p => p.Login != "ana").ToList();
            var participants = node.GetProperty("participants").GetProperty("aggregates");
            Assert.Equal(logins.Count, participants.GetProperty("count").GetInt32());
            var max = participants.GetProperty("max").GetProperty("databaseId");
            Assert.Equal(logins.Count == 0 ? (int?)null : logins.Max(p => p.Id),
                max.ValueKind == JsonValueKind.Number ? max.GetInt32() : null);
        }

        Assert.InRange(withGrids, 1, 49);
    }

    private static List<int> Counts(JsonElement connection, string field)
    {
        var counts = new List<int>();
        foreach (var node in connection.GetProperty("nodes").EnumerateArray())
        {
            var nested = node.GetProperty(field);
            var count = nested.GetProperty("aggregates").GetProperty("count").GetInt32();
            Assert.Equal(nested.GetProperty("totalCount").GetInt32(), count);
            counts.Add(count);
        }

        return counts;
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Filtered_nested_connections_cost_one_statement_per_level(CatalogueProvider provider)
    {
        await using var gateway = await CountingGateway.CreateAsync(provider);
        var (client, counter) = (gateway.Client, gateway.Counter);
        const string Shape = """
            { categories(first: 50) { nodes { packages(first: 50 PW) { totalCount nodes { databaseId
                grids(first: 50 GW) { totalCount nodes { databaseId } }
                participants(first: 50 RW) { totalCount nodes { login } } } } } }
              grids(first: 50) { nodes { packages(first: 50 PW) { totalCount nodes { databaseId } }
                features(first: 50 FW) { totalCount nodes { title } } } }
              participants(first: 50) { nodes { packages(first: 50 PW) { totalCount nodes { databaseId } } } } }
            """;
        counter.Reset();

        await client.DataAsync(Shape.Replace(" PW", "").Replace(" GW", "").Replace(" RW", "").Replace(" FW", ""));
        var plain = counter.Count;
        counter.Reset();
        await client.DataAsync(Shape
            .Replace(" PW", ", where: { repoWatchers: { gte: 0 } }, order: [{ title: DESC }]")
            .Replace(" GW", ", where: { title: { neq: \"none\" } }, order: [{ title: ASC }]")
            .Replace(" RW", ", where: { login: { neq: \"none\" } }, order: [{ login: DESC }]")
            .Replace(" FW", ", where: { description: { ncontains: \"%\" } }, order: [{ modified: DESC }]"));

        // Three top-level pages and six nested levels, each a page with its counts in the same statement.
        Assert.Equal(3 + 6, plain);
        Assert.Equal(plain, counter.Count);
    }

    [Theory]
    [InlineData("{ packages(where: { title: { like: \"x\" } }) { totalCount } }", null)]
    [InlineData("{ packages(where: { nope: { eq: 1 } }) { totalCount } }", null)]
    [InlineData("{ packages(where: { slug: { in: [\"a\", \"b\"] }, repoWatchers: { gt: \"many\" } }) { totalCount } }", null)]
    [InlineData("{ packages(order: [{ title: ASC, slug: DESC }]) { totalCount } }", "SORT_ITEM_INVALID")]
    [InlineData("{ packages(where: { title: { startsWith: null } }) { totalCount } }", "FILTER_NULL_OPERAND")]
    public async Task Bad_filters_over_http_are_errors_that_say_what_is_wrong(string query, string? code)
    {
        await using var store = await TestStore.CreateAsync(CatalogueProvider.Sqlite);
        await using var factory = new GatewayFactory(store);
        var client = new GraphClient(factory.CreateClient());

        var root = await PostAnyAsync(factory, query);

        Assert.True(root.TryGetProperty("errors", out var errors), root.ToString());
        if (code is not null)
        {
            Assert.Equal(code, errors[0].GetProperty("extensions").GetProperty("code").GetString());
        }
        else
        {
            Assert.False(root.TryGetProperty("data", out var data) && data.ValueKind != JsonValueKind.Null);
        }

        _ = client;
    }

    [Fact]
    public async Task A_filter_over_the_node_limit_is_refused_over_http_with_its_code()
    {
        await using var store = await TestStore.CreateAsync(CatalogueProvider.Sqlite);
        await using var factory = new GatewayFactory(store);
        var client = new GraphClient(factory.CreateClient());
        var terms = string.Join(", ", Enumerable.Range(0, 101).Select(i => $"{{ repoWatchers: {{ eq: {i} }} }}"));

        var error = await client.ErrorAsync($"{{ packages(where: {{ or: [{terms}] }}) {{ totalCount }} }}");

        Assert.Equal("FILTER_TOO_LARGE", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains("102 operator nodes", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    private static async Task<JsonElement> PostAnyAsync(GatewayFactory factory, string query)
    {
        using var http = factory.CreateClient();
        using var response = await http.PostAsync("/graphql",
            new StringContent(JsonSerializer.Serialize(new { query }), System.Text.Encoding.UTF8, "application/json"));
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private static async Task<TestStore> SeededAsync(CatalogueProvider provider)
    {
        var store = await TestStore.CreateAsync(provider);
        await using var db = store.CreateContext();
        await FilterTestCatalogue.WriteAsync(db);
        return store;
    }

    private static async Task<List<Package>> RowsAsync(TestStore store)
    {
        await using var db = store.CreateContext();
        return await db.Packages.Include(p => p.Category).ToListAsync();
    }

    private static async Task InsertAsync(TestStore store, int id)
    {
        await using var db = store.CreateContext();
        var now = new DateTime(2024, 5, 5, 0, 0, 0, DateTimeKind.Utc);
        db.Packages.Add(new Package
        {
            Id = id,
            Title = "inserted " + id,
            Slug = "inserted-" + id,
            CategoryId = 1 + (id % 3),
            RepoWatchers = id % 4000,
            LastUpdated = id % 2 == 0 ? null : now.AddDays(id % 50),
            PypiVersion = id % 3 == 0 ? null : "9." + id,
            Created = now,
            Modified = now,
        });
        await db.SaveChangesAsync();
    }

    private static List<int> Ids(JsonElement nodes) =>
        [.. nodes.EnumerateArray().Select(n => n.GetProperty("databaseId").GetInt32())];

    /// <summary>The test catalogue behind a gateway, with a statement counter on its store, warmed up.</summary>
    private sealed class CountingGateway : IAsyncDisposable
    {
        private CountingGateway(TestStore store, GatewayFactory factory)
        {
            Store = store;
            Factory = factory;
            Client = new GraphClient(factory.CreateClient());
            Counter = new ReportedStatements(Client);
        }

        public TestStore Store { get; }

        /// <summary>The statements the gateway reported for the requests since the last reset.</summary>
        public ReportedStatements Counter { get; }

        public GatewayFactory Factory { get; }

        public GraphClient Client { get; }

        public static async Task<CountingGateway> CreateAsync(CatalogueProvider provider)
        {
            var store = await TestStore.CreateAsync(provider);
            await using (var db = store.CreateContext())
            {
                await FilterTestCatalogue.WriteAsync(db);
            }

            return new CountingGateway(store,
                new GatewayFactory(store, new Dictionary<string, string?> { ["Gateway:Diagnostics"] = "true" }));
        }

        public async ValueTask DisposeAsync()
        {
            await Factory.DisposeAsync();
            await Store.DisposeAsync();
        }
    }

    /// <summary>A count of statements over requests, read from the gateway's own diagnostics.</summary>
    private sealed class ReportedStatements(GraphClient client)
    {
        public int Count => client.ReportedStatements;

        public void Reset() => client.ReportedStatements = 0;
    }
}
