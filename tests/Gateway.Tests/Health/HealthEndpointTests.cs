using System.Net;
using System.Text.Json;
using Gateway.Data;
using Gateway.Tests.Infrastructure;

namespace Gateway.Tests.Health;

public sealed class HealthEndpointTests
{
    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Ready_and_live_answer_200_on_a_migrated_store(CatalogueProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await using var factory = new GatewayFactory(store);
        using var client = factory.CreateClient();

        var live = await client.GetAsync(new Uri("/health/live", UriKind.Relative));
        var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        using var body = JsonDocument.Parse(await ready.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", body.RootElement.GetProperty("checks").GetProperty("catalogue")
            .GetProperty("status").GetString());
    }

    [Fact]
    public async Task Ready_is_503_while_migrations_are_pending_and_live_stays_200()
    {
        var path = Path.Combine(Path.GetTempPath(), $"gateway-health-{Guid.NewGuid():N}.db");
        await using (var empty = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path}"))
        {
            await empty.OpenAsync();
        }

        try
        {
            await using var store = await TestStore.CreateAsync(CatalogueProvider.Sqlite);
            await using var factory = new GatewayFactory(store, new Dictionary<string, string?>
            {
                ["ConnectionStrings:Catalogue"] = $"Data Source={path}",
                ["Catalogue:MigrateOnStartup"] = "false",
            });
            using var client = factory.CreateClient();

            var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
            var live = await client.GetAsync(new Uri("/health/live", UriKind.Relative));

            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
            Assert.Contains("pending migrations", await ready.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(path);
        }
    }
}
