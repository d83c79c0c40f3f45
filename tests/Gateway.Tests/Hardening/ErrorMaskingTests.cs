using System.Net.Http.Json;
using System.Text.Json;
using Gateway.Data;
using Gateway.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Tests.Hardening;

public sealed class ErrorMaskingTests
{
    [Fact]
    public async Task Store_failure_outside_development_shows_a_code_and_request_id_but_no_sql()
    {
        await using var store = await TestStore.CreateAsync(CatalogueProvider.Sqlite);
        await using (var db = store.CreateContext())
        {
            await db.Database.ExecuteSqlRawAsync("DROP TABLE package_participants; DROP TABLE grid_packages; " +
                "DROP TABLE elements; DROP TABLE packages;");
        }

        await using var factory = new GatewayFactory(store, environment: "Production");
        using var http = factory.CreateClient();

        using var response = await http.PostAsJsonAsync("/graphql", new { query = "{ packages { totalCount } }" });
        var text = await response.Content.ReadAsStringAsync();

        var error = JsonDocument.Parse(text).RootElement.GetProperty("errors")[0];
        Assert.Equal("STORE_UNAVAILABLE", error.GetProperty("extensions").GetProperty("code").GetString());
        var requestId = response.Headers.GetValues("X-Request-Id").Single();
        Assert.Contains(requestId, error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("no such table", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("SELECT", text, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Store_failure_in_development_keeps_the_detail_and_gains_a_code()
    {
        await using var store = await TestStore.CreateAsync(CatalogueProvider.Sqlite);
        await using (var db = store.CreateContext())
        {
            await db.Database.ExecuteSqlRawAsync("DROP TABLE package_participants; DROP TABLE grid_packages; " +
                "DROP TABLE elements; DROP TABLE packages;");
        }

        await using var factory = new GatewayFactory(store);
        using var http = factory.CreateClient();

        using var response = await http.PostAsJsonAsync("/graphql", new { query = "{ packages { totalCount } }" });
        var text = await response.Content.ReadAsStringAsync();

        var error = JsonDocument.Parse(text).RootElement.GetProperty("errors")[0];
        Assert.Equal("STORE_UNAVAILABLE", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains("no such table", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Operation_past_the_execution_timeout_is_cancelled_with_a_timeout_code()
    {
        await using var store = await TestStore.CreateDemoAsync(CatalogueProvider.Sqlite);
        await using var factory = new GatewayFactory(store, new Dictionary<string, string?>
        {
            ["Gateway:Limits:ExecutionTimeout"] = "00:00:00.001",
        });
        using var http = factory.CreateClient();
        const string query = "{ packages(first: 100) { nodes { title grids(first: 50) { nodes { title } } " +
            "participants(first: 50) { nodes { login } } } } }";

        using var response = await http.PostAsJsonAsync("/graphql", new { query });
        var root = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        var error = root.GetProperty("errors")[0];
        Assert.Equal("TIMEOUT", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains("0.001 s", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }
}
