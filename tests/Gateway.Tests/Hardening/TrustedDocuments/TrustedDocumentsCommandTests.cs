using System.Net.Http.Json;
using System.Text.Json;
using Gateway.Data;
using Gateway.Hardening.TrustedDocuments;
using Gateway.Tests.Infrastructure;

namespace Gateway.Tests.Hardening.TrustedDocuments;

/// <summary>The <c>documents register</c> verb, run as the real executable against a real store.</summary>
public sealed class TrustedDocumentsCommandTests
{
    private const string Registered = "query Categories { categories { totalCount } }";
    private const string NotRegistered = "query Packages { packages { totalCount } }";

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Registered_documents_run_in_require_mode_and_others_are_refused(CatalogueProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var manifest = Path.Combine(Path.GetTempPath(), $"gateway-manifest-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(manifest, JsonSerializer.Serialize(
            new Dictionary<string, string> { [TrustedDocumentStore.HashOf(Registered)] = Registered }));
        try
        {
            var first = await GatewayProcess.RunAsync(store, "documents", "register", manifest);
            var again = await GatewayProcess.RunAsync(store, "documents", "register", manifest);

            Assert.Equal((0, "Registered 1 new trusted documents (0 already known)."),
                (first.ExitCode, first.Output.Trim()));
            Assert.Equal((0, "Registered 0 new trusted documents (1 already known)."),
                (again.ExitCode, again.Output.Trim()));
        }
        finally
        {
            File.Delete(manifest);
        }

        await using var factory = new GatewayFactory(store,
            new Dictionary<string, string?> { ["Gateway:TrustedDocuments:Mode"] = "require" });
        using var http = factory.CreateClient();

        var byId = await PostAsync(http, new { documentId = "sha256:" + TrustedDocumentStore.HashOf(Registered) });
        var unknownId = await PostAsync(http,
            new { documentId = "sha256:" + TrustedDocumentStore.HashOf(NotRegistered) });
        var text = await PostAsync(http, new { query = NotRegistered });

        Assert.Equal(0, byId.GetProperty("data").GetProperty("categories").GetProperty("totalCount").GetInt32());
        Assert.Equal("DOCUMENT_NOT_FOUND", Code(unknownId));
        Assert.Equal("DOCUMENT_ID_MISSING", Code(text));
        Assert.False(text.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object);
    }

    [Theory]
    [InlineData("{ \"not-a-hash\": \"{ categories { totalCount } }\" }", "is not the SHA-256 of its query")]
    [InlineData("[1, 2, 3]", "Cannot read the manifest")]
    public async Task A_bad_manifest_is_refused_with_exit_code_2_and_registers_nothing(string json, string message)
    {
        await using var store = await TestStore.CreateAsync(CatalogueProvider.Sqlite);
        var manifest = Path.Combine(Path.GetTempPath(), $"gateway-manifest-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(manifest, json);
        try
        {
            var (exitCode, _, error) = await GatewayProcess.RunAsync(store, "documents", "register", manifest);

            Assert.Equal(2, exitCode);
            Assert.Contains(message, error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(manifest);
        }

        await using var db = store.CreateContext();
        Assert.Empty(db.Set<TrustedDocument>());
    }

    private static string? Code(JsonElement root) =>
        root.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString();

    private static async Task<JsonElement> PostAsync(HttpClient http, object body)
    {
        using var response = await http.PostAsJsonAsync("/graphql", body);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }
}
