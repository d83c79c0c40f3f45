using System.Net.Http.Json;
using System.Text.Json;
using Gateway.Data;
using Gateway.Tests.Graph;
using Gateway.Tests.Infrastructure;

namespace Gateway.Tests.Hardening;

public sealed class GraphQLLimitsTests
{
    // Nine nested ofType selections: what graphql-js's introspection query asks for.
    private const string TypeRef =
        "fragment TypeRef on __Type { kind name ofType { kind name ofType { kind name ofType { kind name " +
        "ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name " +
        "ofType { kind name } } } } } } } } } }";

    public static TheoryData<string, string, string, string> Refusals => new()
    {
        { "MaxDepth", "3", "{ packages { nodes { category { title } } } }", "MAX_DEPTH_EXCEEDED" },
        { "MaxDepth", "3", "{ packages { nodes { ...P } } } fragment P on Package { category { title } }",
            "MAX_DEPTH_EXCEEDED" },
        { "MaxAliases", "2", "{ a: __typename b: __typename c: __typename }", "MAX_ALIASES_EXCEEDED" },
        { "MaxFields", "3", "{ packages { totalCount nodes { title slug } } }", "MAX_FIELDS_EXCEEDED" },
        { "MaxFields", "5",
            "{ ...A } fragment A on Query { ...B ...B } fragment B on Query { ...C ...C } " +
            "fragment C on Query { ...D ...D } fragment D on Query { __typename }",
            "MAX_FIELDS_EXCEEDED" },
        { "MaxOperations", "2", "query A { __typename } query B { __typename } query C { __typename }",
            "MAX_OPERATIONS_EXCEEDED" },
        { "MaxOfTypeDepth", "3", "{ __type(name: \"Package\") { fields { type { ...TypeRef } } } } " + TypeRef,
            "MAX_OFTYPE_DEPTH_EXCEEDED" },
        { "MaxCost", "1000", "{ packages(first: 100) { nodes { grids(first: 11) { nodes { title } } } } }",
            "MAX_COST_EXCEEDED" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task Operation_past_a_limit_is_refused_before_it_runs(
        string limit, string value, string query, string code)
    {
        await using var store = await TestStore.CreateAsync(CatalogueProvider.Sqlite);
        await using var factory = new GatewayFactory(store, new Dictionary<string, string?>
        {
            [$"Gateway:Limits:{limit}"] = value,
        });
        using var http = factory.CreateClient();
        var operationName = query.StartsWith("query A", StringComparison.Ordinal) ? "A" : null;

        using var response = await http.PostAsJsonAsync("/graphql", new { query, operationName });
        var root = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.False(root.TryGetProperty("data", out var data) && data.ValueKind != JsonValueKind.Null, root.ToString());
        var error = root.GetProperty("errors").EnumerateArray()
            .Single(e => e.GetProperty("extensions").GetProperty("code").GetString() == code);
        Assert.Contains(value, error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Standard_introspection_passes_the_default_limits()
    {
        await using var store = await TestStore.CreateAsync(CatalogueProvider.Sqlite);
        await using var factory = new GatewayFactory(store);
        var client = new GraphClient(factory.CreateClient());
        var query = "{ __schema { types { name fields(includeDeprecated: true) { name args { name type { ...TypeRef } } " +
            "type { ...TypeRef } } inputFields { name type { ...TypeRef } } } directives { name args { name " +
            "type { ...TypeRef } } } } } " + TypeRef;

        var data = await client.DataAsync(query);

        Assert.True(data.GetProperty("__schema").GetProperty("types").GetArrayLength() > 10);
    }

    [Theory]
    [InlineData("{ packages(first: 10) { nodes { grids(first: 5) { totalCount } } } }", 60)]
    [InlineData("{ packages(first: 10) { nodes { ...G } } } fragment G on Package { grids(first: 5) { totalCount } }", 60)]
    [InlineData("{ packages { totalCount } }", 20)]
    [InlineData("{ a: packages(last: 3) { nodes { participants(first: 2) { nodes { login } } } } b: categories(first: 1) { totalCount } }", 10)]
    [InlineData("{ __typename }", 0)]
    public async Task Cost_is_the_worst_case_node_count_and_is_reported(string query, long expected)
    {
        await using var store = await TestStore.CreateAsync(CatalogueProvider.Sqlite);
        await using var factory = new GatewayFactory(store);
        var client = new GraphClient(factory.CreateClient());

        var root = await client.PostAsync(query);

        Assert.False(root.TryGetProperty("errors", out var errors), errors.ToString());
        var cost = root.GetProperty("extensions").GetProperty("cost");
        Assert.Equal(expected, cost.GetProperty("requestedNodes").GetInt64());
        Assert.Equal(500_000, cost.GetProperty("maximumNodes").GetInt64());
    }

    [Fact]
    public async Task Default_cost_limit_refuses_three_nested_pages_of_a_hundred()
    {
        await using var store = await TestStore.CreateAsync(CatalogueProvider.Sqlite);
        await using var factory = new GatewayFactory(store);
        var client = new GraphClient(factory.CreateClient());

        var error = await client.ErrorAsync("{ packages(first: 100) { nodes { grids(first: 100) { nodes { " +
            "packages(first: 100) { nodes { title } } } } } } }");

        Assert.Equal("MAX_COST_EXCEEDED", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains("1010100", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }
}
