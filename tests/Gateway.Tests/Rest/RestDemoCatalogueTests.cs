using Gateway.Data;
using Gateway.Data.Import;
using Gateway.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Tests.Rest;

public sealed class RestDemoCatalogueTests
{
    private const string TestOrigin = "http://localhost";

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Package_6045_of_the_demo_catalogue_answers_the_seed_json(CatalogueProvider provider)
    {
        await using var store = await TestStore.CreateDemoAsync(provider);
        await using var factory = new GatewayFactory(store);

        var body = await factory.CreateClient().GetByteArrayAsync("/api/v4/packages/6045/");

        Assert.Equal(SeedFile.Utf8.GetString(SeedFile.CompactJson(TestOrigin)), SeedFile.Utf8.GetString(body));
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Import_from_a_gateways_v4_url_reproduces_every_answer_byte_for_byte(CatalogueProvider provider)
    {
        await using var source = await TestStore.CreateDemoAsync(CatalogueProvider.Sqlite);
        await using var sourceFactory = new GatewayFactory(source);
        var sourceClient = sourceFactory.CreateClient();
        await using var target = await TestStore.CreateAsync(provider);

        await target.Services.GetRequiredService<V4Importer>().ImportAsync(
            TestOrigin + "/api/v4/", sourceClient, null, CancellationToken.None);

        await using var targetFactory = new GatewayFactory(target);
        var targetClient = targetFactory.CreateClient();
        foreach (var url in new[]
        {
            "/api/v4/", "/api/v4/packages/?limit=100000", "/api/v4/grids/?limit=100000",
            "/api/v4/categories/?limit=100000", "/api/v4/packages/?limit=20&offset=100",
            "/api/v4/packages/6045/", "/api/v4/grids/243/", "/api/v4/categories/1/",
        })
        {
            var expected = await sourceClient.GetStringAsync(url);
            var actual = await targetClient.GetStringAsync(url);
            Assert.True(expected == actual, $"{url} differs after the round trip at character "
                + FirstDifference(expected, actual) + ".");
        }
    }

    private static string FirstDifference(string expected, string actual)
    {
        var index = 0;
        while (index < expected.Length && index < actual.Length && expected[index] == actual[index])
        {
            index++;
        }

        var from = Math.Max(0, index - 80);
        return $"{index}: expected …{expected[from..Math.Min(expected.Length, index + 80)]}… but got "
            + $"…{actual[from..Math.Min(actual.Length, index + 80)]}…";
    }
}
