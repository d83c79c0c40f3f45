using System.Text;
using Gateway.Data;
using Gateway.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Tests.Graph;

public sealed class NodeQueriesTests : IAsyncLifetime
{
    private TestStore store = null!;
    private GatewayFactory factory = null!;
    private GraphClient client = null!;

    public async Task InitializeAsync()
    {
        store = await TestStore.CreateDemoAsync(CatalogueProvider.Sqlite);
        factory = new GatewayFactory(store);
        client = new GraphClient(factory.CreateClient());
    }

    public async Task DisposeAsync()
    {
        await factory.DisposeAsync();
        await store.DisposeAsync();
    }

    [Fact]
    public async Task Node_round_trips_every_type()
    {
        await using var db = store.CreateContext();
        var samples = new (string Type, string Field, int Id)[]
        {
            ("Package", "packages", await db.Packages.MaxAsync(p => p.Id)),
            ("Category", "categories", await db.Categories.MaxAsync(c => c.Id)),
            ("Grid", "grids", await db.Grids.MaxAsync(g => g.Id)),
            ("Participant", "participants", await db.Participants.MaxAsync(p => p.Id)),
        };

        foreach (var (type, field, id) in samples)
        {
            var page = await client.DataAsync(
                $"{{ {field}(last: 1) {{ nodes {{ id databaseId }} }} }}");
            var node = page.GetProperty(field).GetProperty("nodes")[0];
            Assert.Equal(id, node.GetProperty("databaseId").GetInt32());
            var globalId = node.GetProperty("id").GetString()!;

            var data = await client.DataAsync(
                "query ($id: ID!) { node(id: $id) { __typename id " +
                $"... on {type} {{ databaseId }} }} }}", new { id = globalId });

            var found = data.GetProperty("node");
            Assert.Equal(type, found.GetProperty("__typename").GetString());
            Assert.Equal(globalId, found.GetProperty("id").GetString());
            Assert.Equal(id, found.GetProperty("databaseId").GetInt32());
        }
    }

    [Fact]
    public async Task Node_round_trips_features_and_elements()
    {
        await using var db = store.CreateContext();
        var element = await db.Elements.OrderBy(e => e.Id).FirstAsync();
        var data = await client.DataAsync(
            "query ($id: ID!) { node(id: $id) { id ... on Element { databaseId text feature { id databaseId } } } }",
            new { id = Id("Element", element.Id) });
        var feature = data.GetProperty("node").GetProperty("feature");

        var again = await client.DataAsync("query ($id: ID!) { node(id: $id) { ... on Feature { databaseId } } }",
            new { id = feature.GetProperty("id").GetString() });

        Assert.Equal(element.Text, data.GetProperty("node").GetProperty("text").GetString());
        Assert.Equal(element.FeatureId, again.GetProperty("node").GetProperty("databaseId").GetInt32());
    }

    [Fact]
    public async Task Nodes_answers_in_order_with_null_for_ids_that_no_longer_exist()
    {
        var data = await client.DataAsync("query ($ids: [ID!]!) { nodes(ids: $ids) { __typename } }",
            new { ids = new[] { Id("Category", 1), Id("Package", 999_999), Id("Grid", 0) } });

        var nodes = data.GetProperty("nodes");
        Assert.Equal(3, nodes.GetArrayLength());
        Assert.Equal("Category", nodes[0].GetProperty("__typename").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, nodes[1].ValueKind);
    }

    [Theory]
    [InlineData("not base64 at all!")]
    [InlineData("UGFja2FnZQ==")]
    [InlineData("UGFja2FnZTphYmM=")]
    [InlineData("UGFja2FnZTotMQ==")]
    [InlineData("")]
    public async Task Malformed_id_is_an_error_naming_the_id(string id)
    {
        var error = await client.ErrorAsync("query ($id: ID!) { node(id: $id) { id } }", new { id });

        Assert.Equal("INVALID_ID", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains($"'{id}'", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Foreign_type_in_an_id_is_an_error_naming_the_type()
    {
        var error = await client.ErrorAsync("query ($id: ID!) { node(id: $id) { id } }", new { id = Id("User", 1) });

        Assert.Equal("INVALID_ID", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains("User", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    private static string Id(string type, int id) => Convert.ToBase64String(Encoding.UTF8.GetBytes($"{type}:{id}"));
}
