using System.Net.Http.Json;
using System.Text.Json;
using Gateway.Data;
using Gateway.Hardening.TrustedDocuments;
using Gateway.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Tests.Hardening.TrustedDocuments;

public sealed class TrustedDocumentsModeTests
{
    private const string Registered = "query Count { packages { totalCount } }";

    [Theory]
    [InlineData("allow")]
    [InlineData("require")]
    public async Task Registered_document_runs_by_document_id_and_by_apollo_hash(string mode)
    {
        await using var store = await StoreWithRegisteredAsync();
        await using var factory = Factory(store, mode);
        using var http = factory.CreateClient();
        var hash = TrustedDocumentStore.HashOf(Registered);

        var byId = await PostAsync(http, new { documentId = "sha256:" + hash });
        var byApollo = await PostAsync(http, new
        {
            extensions = new { persistedQuery = new { version = 1, sha256Hash = hash } },
        });

        Assert.Equal(0, byId.GetProperty("data").GetProperty("packages").GetProperty("totalCount").GetInt32());
        Assert.Equal(0, byApollo.GetProperty("data").GetProperty("packages").GetProperty("totalCount").GetInt32());
    }

    [Theory]
    [InlineData("require", "{ packages { totalCount } }", null, "DOCUMENT_ID_MISSING")]
    [InlineData("allow", null, "sha256:0000000000000000000000000000000000000000000000000000000000000000",
        "DOCUMENT_NOT_FOUND")]
    [InlineData("allow", null, "sha256:not-a-hash", "DOCUMENT_ID_INVALID")]
    [InlineData("off", null, "sha256:0000000000000000000000000000000000000000000000000000000000000000",
        "DOCUMENT_ID_NOT_SUPPORTED")]
    public async Task Request_outside_the_mode_is_refused_with_its_code(
        string mode, string? query, string? documentId, string code)
    {
        await using var store = await StoreWithRegisteredAsync();
        await using var factory = Factory(store, mode);
        using var http = factory.CreateClient();

        var root = await PostAsync(http, new { query, documentId });

        var error = root.GetProperty("errors")[0];
        Assert.Equal(code, error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("message").GetString()));
    }

    [Fact]
    public async Task Allow_mode_still_runs_query_text()
    {
        await using var store = await StoreWithRegisteredAsync();
        await using var factory = Factory(store, "allow");
        using var http = factory.CreateClient();

        var root = await PostAsync(http, new { query = "{ categories { totalCount } }" });

        Assert.Equal(0, root.GetProperty("data").GetProperty("categories").GetProperty("totalCount").GetInt32());
    }

    private static GatewayFactory Factory(TestStore store, string mode) =>
        new(store, new Dictionary<string, string?> { ["Gateway:TrustedDocuments:Mode"] = mode });

    private static async Task<TestStore> StoreWithRegisteredAsync()
    {
        var store = await TestStore.CreateAsync(CatalogueProvider.Sqlite);
        await store.Services.GetRequiredService<TrustedDocumentStore>().RegisterAsync(
            new Dictionary<string, string> { [TrustedDocumentStore.HashOf(Registered)] = Registered },
            CancellationToken.None);
        return store;
    }

    private static async Task<JsonElement> PostAsync(HttpClient http, object body)
    {
        using var response = await http.PostAsJsonAsync("/graphql", body);
        var text = await response.Content.ReadAsStringAsync();
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
