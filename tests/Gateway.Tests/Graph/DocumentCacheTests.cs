using System.Net;
using System.Text.Json;
using Gateway.Data;
using Gateway.Graph;
using Gateway.Hardening;
using Gateway.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Gateway.Tests.Graph;

/// <summary>
/// A query text that ran before is executed from its cached document, yet everything that depends on the
/// request is still checked on each one: the cost under its variables, the variables' types, GET's rule;
/// and a change of the limits puts the document through validation again.
/// </summary>
public sealed class DocumentCacheTests
{
    private const string NestedPages = """
        query ($n: Int!) {
          packages(first: $n) { nodes { grids(first: 100) { nodes { packages(first: 100) { nodes { title } } } } } }
        }
        """;

    [Fact]
    public async Task Cost_is_priced_for_each_request_of_a_cached_text()
    {
        await using var store = await TestStore.CreateAsync(CatalogueProvider.Sqlite);
        await using var factory = new GatewayFactory(store);
        var client = new GraphClient(factory.CreateClient());

        var cheap = await client.PostAsync(NestedPages, new { n = 1 });
        var limits = factory.Services.GetRequiredService<IOptionsMonitor<GraphQLLimitsOptions>>().CurrentValue;
        Assert.True(factory.Services.GetRequiredService<DocumentCache>().TryGet(NestedPages, limits, out _));
        var expensive = await client.ErrorAsync(NestedPages, new { n = 100 });
        var again = await client.PostAsync(NestedPages, new { n = 2 });

        Assert.False(cheap.TryGetProperty("errors", out var errors), errors.ToString());
        Assert.Equal("MAX_COST_EXCEEDED", expensive.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(2 + 200 + 20_000, Cost(again));
        Assert.Equal(1 + 100 + 10_000, Cost(cheap));
    }

    [Fact]
    public async Task Variables_of_the_wrong_type_are_refused_for_a_cached_text()
    {
        await using var store = await TestStore.CreateAsync(CatalogueProvider.Sqlite);
        await using var factory = new GatewayFactory(store);
        var client = new GraphClient(factory.CreateClient());
        const string Query = "query ($n: Int!) { packages(first: $n) { totalCount } }";

        var valid = await client.DataAsync(Query, new { n = 1 });
        var invalid = await client.ErrorAsync(Query, new { n = "one" });

        Assert.Equal(0, valid.GetProperty("packages").GetProperty("totalCount").GetInt32());
        Assert.Contains("$n", invalid.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cached_text_is_checked_again_when_the_limits_change()
    {
        await using var store = await TestStore.CreateAsync(CatalogueProvider.Sqlite);
        await using var factory = new GatewayFactory(store);
        var client = new GraphClient(factory.CreateClient());
        const string Query = "{ packages(first: 1) { nodes { category { title } } } }";

        var before = await client.PostAsync(Query);
        var configuration = (IConfigurationRoot)factory.Services.GetRequiredService<IConfiguration>();
        configuration[GraphQLLimitsOptions.SectionName + ":MaxDepth"] = "2";
        configuration.Reload();
        var after = await client.ErrorAsync(Query);

        Assert.False(before.TryGetProperty("errors", out var errors), errors.ToString());
        Assert.Equal("MAX_DEPTH_EXCEEDED", after.GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_mutation_cached_from_post_is_still_refused_over_get()
    {
        await using var store = await TestStore.CreateAsync(CatalogueProvider.Sqlite);
        await using var factory = new GatewayFactory(store);
        using var http = factory.CreateClient();
        var client = new GraphClient(http);
        const string Mutation = """
            mutation { deleteCategory(input: { id: "Q2F0ZWdvcnk6OTk5", version: 1 }) { errors { __typename } } }
            """;

        var posted = await client.PostAsync(Mutation);
        using var response = await http.GetAsync("/graphql?query=" + Uri.EscapeDataString(Mutation));

        Assert.True(posted.TryGetProperty("data", out _), posted.ToString());
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    private static long Cost(JsonElement root) =>
        root.GetProperty("extensions").GetProperty("cost").GetProperty("requestedNodes").GetInt64();
}
