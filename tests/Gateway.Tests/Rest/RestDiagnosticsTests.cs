using System.Globalization;
using Gateway.Data;
using Gateway.Rest;
using Gateway.Tests.Infrastructure;

namespace Gateway.Tests.Rest;

public sealed class RestDiagnosticsTests
{
    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task With_diagnostics_each_read_reports_its_statements_whatever_the_page_size(
        CatalogueProvider provider)
    {
        await using var store = await TestStore.CreateDemoAsync(provider);
        await using var factory = new GatewayFactory(store, new Dictionary<string, string?>
        {
            ["Gateway:Diagnostics"] = "true",
        });
        var client = factory.CreateClient();

        // A list is its count, its page and one statement per relation of the whole page; an object is
        // its row and one statement per relation.
        Assert.Equal(4, await StatementsAsync(client, "/api/v4/packages/?limit=1"));
        Assert.Equal(4, await StatementsAsync(client, "/api/v4/packages/?limit=20&offset=100"));
        Assert.Equal(4, await StatementsAsync(client, "/api/v4/packages/?limit=100"));
        Assert.Equal(3, await StatementsAsync(client, "/api/v4/grids/?limit=2"));
        Assert.Equal(3, await StatementsAsync(client, "/api/v4/grids/?limit=50"));
        Assert.Equal(3, await StatementsAsync(client, "/api/v4/packages/6045/"));
        Assert.Equal(2, await StatementsAsync(client, "/api/v4/categories/"));
    }

    [Fact]
    public async Task Without_diagnostics_no_statements_header_is_sent()
    {
        await using var store = await TestStore.CreateDemoAsync(CatalogueProvider.Sqlite);
        await using var factory = new GatewayFactory(store);
        var client = factory.CreateClient();

        using var response = await client.GetAsync("/api/v4/packages/6045/");

        response.EnsureSuccessStatusCode();
        Assert.False(response.Headers.Contains(RestRequestHandler.StatementsHeader));
    }

    private static async Task<int> StatementsAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        response.EnsureSuccessStatusCode();
        return int.Parse(response.Headers.GetValues(RestRequestHandler.StatementsHeader).Single(),
            CultureInfo.InvariantCulture);
    }
}
