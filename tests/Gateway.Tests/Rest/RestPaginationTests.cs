using System.Text.Json;
using Gateway.Data;
using Gateway.Tests.Infrastructure;

namespace Gateway.Tests.Rest;

public sealed class RestPaginationTests : IAsyncLifetime
{
    private const string List = "http://localhost/api/v4/packages/";

    private TestStore store = null!;
    private GatewayFactory factory = null!;
    private HttpClient client = null!;

    public async Task InitializeAsync()
    {
        store = await TestStore.CreateAsync(CatalogueProvider.Sqlite);
        await using (var db = store.CreateContext())
        {
            await RestCatalogue.WritePackagesAsync(db, 45);
        }

        factory = new GatewayFactory(store);
        client = factory.CreateClient();
    }

    public async Task DisposeAsync()
    {
        client.Dispose();
        await factory.DisposeAsync();
        await store.DisposeAsync();
    }

    [Theory]
    // No parameters: the page size, ordered by descending id.
    [InlineData("", 45, List + "?limit=20&offset=20", null, 45, 20)]
    // A limit that is 0, negative, not a number or empty falls back to 20.
    [InlineData("?limit=0", 45, List + "?limit=20&offset=20", null, 45, 20)]
    [InlineData("?limit=-5", 45, List + "?limit=20&offset=20", null, 45, 20)]
    [InlineData("?limit=abc", 45, List + "?limit=20&offset=20", null, 45, 20)]
    [InlineData("?limit=", 45, List + "?limit=20&offset=20", null, 45, 20)]
    // Python's int() reads surrounding spaces, a sign and underscores.
    [InlineData("?limit=+1_0+", 45, List + "?limit=10&offset=10", null, 45, 10)]
    // No upper cap: a huge limit returns everything and no next page.
    [InlineData("?limit=99999999999999999999", 45, null, null, 45, 45)]
    // A bad or negative offset is 0.
    [InlineData("?offset=-3", 45, List + "?limit=20&offset=20", null, 45, 20)]
    [InlineData("?offset=x", 45, List + "?limit=20&offset=20", null, 45, 20)]
    // previous drops offset when it would be 0 or less.
    [InlineData("?offset=10", 45, List + "?limit=20&offset=30", List + "?limit=20", 35, 20)]
    [InlineData("?offset=40", 45, null, List + "?limit=20&offset=20", 5, 5)]
    // Past the end: empty results, next null, previous one page back.
    [InlineData("?offset=100&limit=20", 45, null, List + "?limit=20&offset=80", null, 0)]
    [InlineData("?offset=45", 45, null, List + "?limit=20&offset=25", null, 0)]
    // Other parameters are kept, everything re-encoded in name order (repeated limits: the last one counts).
    [InlineData("?zeta=%C3%A9+x&limit=5&limit=3&alpha=&offset=3", 45,
        List + "?alpha=&limit=3&offset=6&zeta=%C3%A9+x", List + "?alpha=&limit=3&zeta=%C3%A9+x", 42, 3)]
    public async Task Packages_list_pages_as_drf(
        string query, int count, string? next, string? previous, int? firstId, int size)
    {
        using var document = JsonDocument.Parse(await client.GetStringAsync("/api/v4/packages/" + query));
        var root = document.RootElement;

        Assert.Equal(["count", "next", "previous", "results"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(count, root.GetProperty("count").GetInt32());
        Assert.Equal(next, root.GetProperty("next").GetString());
        Assert.Equal(previous, root.GetProperty("previous").GetString());
        var ids = root.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("id").GetInt32()).ToList();
        Assert.Equal(size, ids.Count);
        Assert.Equal(firstId, ids.Count == 0 ? null : ids[0]);
        Assert.Equal(ids.OrderDescending(), ids);
    }

    [Fact]
    public async Task Format_suffix_list_keeps_the_suffix_in_page_links()
    {
        using var document = JsonDocument.Parse(await client.GetStringAsync("/api/v4/packages.json?offset=20"));

        Assert.Equal("http://localhost/api/v4/packages.json?limit=20&offset=40",
            document.RootElement.GetProperty("next").GetString());
        Assert.Equal("http://localhost/api/v4/packages.json?limit=20",
            document.RootElement.GetProperty("previous").GetString());
        Assert.Equal("http://localhost/api/v4/categories/1.json",
            document.RootElement.GetProperty("results")[0].GetProperty("category").GetString());
    }

    [Fact]
    public async Task Empty_catalogue_counts_zero_with_no_links()
    {
        await using var empty = await TestStore.CreateAsync(CatalogueProvider.Sqlite);
        await using var emptyFactory = new GatewayFactory(empty);

        var body = await emptyFactory.CreateClient().GetStringAsync("/api/v4/grids/?offset=5");

        Assert.Equal(
            "{\"count\":0,\"next\":null,\"previous\":\"http://localhost/api/v4/grids/?limit=20\",\"results\":[]}",
            body);
    }
}
