using System.Text.Json;
using Gateway.Data;
using Gateway.Tests.Infrastructure;

namespace Gateway.Tests.Rest;

public sealed class RestSearchTests
{
    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Search_answers_a_plain_array_in_the_sites_search_result_shape(CatalogueProvider provider)
    {
        await using var store = await RestPackageTests.SeededStoreAsync(provider);
        await using var factory = new GatewayFactory(store);
        var client = factory.CreateClient();

        var body = await client.GetStringAsync("/api/v4/search/?q=multisite");
        using var document = JsonDocument.Parse(body);
        var hit = Assert.Single(document.RootElement.EnumerateArray());

        Assert.Equal(
            [
                "description", "title", "title_no_prefix", "slug_no_prefix", "clean_title", "absolute_url",
                "created", "modified", "weight", "item_type", "slug", "category", "repo_watchers", "repo_forks",
                "pypi_downloads", "score", "usage", "participants", "last_committed", "last_released",
            ],
            hit.EnumerateObject().Select(p => p.Name));
        Assert.Equal("/packages/p/django-multisite2/", hit.GetProperty("absolute_url").GetString());
        Assert.Equal("package", hit.GetProperty("item_type").GetString());
        Assert.Equal("App", hit.GetProperty("category").GetString());
        Assert.StartsWith("erikvw,sfllaw,", hit.GetProperty("participants").GetString(), StringComparison.Ordinal);
        Assert.Equal("2025-11-11T23:28:05-05:00", hit.GetProperty("last_committed").GetString());
    }

    [Theory]
    [InlineData("/api/v4/search/")]
    [InlineData("/api/v4/search/?q=")]
    [InlineData("/api/v4/search/?q=+++")]
    [InlineData("/api/v4/search/?q=nothingmatchesthis")]
    public async Task Search_without_matches_answers_an_empty_array(string url)
    {
        await using var store = await RestPackageTests.SeededStoreAsync(CatalogueProvider.Sqlite);
        await using var factory = new GatewayFactory(store);

        Assert.Equal("[]", await factory.CreateClient().GetStringAsync(url));
    }

    [Fact]
    public async Task Search_returns_at_most_twenty_results()
    {
        await using var store = await TestStore.CreateAsync(CatalogueProvider.Sqlite);
        await using (var db = store.CreateContext())
        {
            await RestCatalogue.WritePackagesAsync(db, 30);
        }

        await using var factory = new GatewayFactory(store);
        using var document = JsonDocument.Parse(await factory.CreateClient().GetStringAsync("/api/v4/search/?q=pkg"));

        Assert.Equal(20, document.RootElement.GetArrayLength());
    }
}
