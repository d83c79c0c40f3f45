using Gateway.Data;
using Gateway.Hardening.TrustedDocuments;
using Gateway.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Tests.Hardening.TrustedDocuments;

public sealed class TrustedDocumentStoreTests
{
    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Registered_manifest_is_found_by_hash_and_registering_again_adds_nothing(
        CatalogueProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var documents = store.Services.GetRequiredService<TrustedDocumentStore>();
        const string first = "query A { packages { totalCount } }";
        const string second = "query B { categories { totalCount } }";
        var manifest = new Dictionary<string, string>
        {
            [TrustedDocumentStore.HashOf(first)] = first,
            [TrustedDocumentStore.HashOf(second)] = second,
        };

        var added = await documents.RegisterAsync(manifest, CancellationToken.None);
        var again = await documents.RegisterAsync(manifest, CancellationToken.None);
        var found = await documents.GetQueryAsync("sha256", TrustedDocumentStore.HashOf(second), CancellationToken.None);
        var missing = await documents.GetQueryAsync("sha256", new string('0', 64), CancellationToken.None);

        Assert.Equal(2, added);
        Assert.Equal(0, again);
        Assert.Equal(second, found);
        Assert.Null(missing);
    }

    [Fact]
    public async Task Manifest_entry_whose_hash_is_not_its_query_is_refused_and_nothing_is_registered()
    {
        await using var store = await TestStore.CreateAsync(CatalogueProvider.Sqlite);
        var documents = store.Services.GetRequiredService<TrustedDocumentStore>();
        const string good = "{ packages { totalCount } }";
        var manifest = new Dictionary<string, string>
        {
            [TrustedDocumentStore.HashOf(good)] = good,
            [new string('a', 64)] = "{ categories { totalCount } }",
        };

        var error = await Assert.ThrowsAsync<ArgumentException>(
            () => documents.RegisterAsync(manifest, CancellationToken.None));

        Assert.Contains(new string('a', 64), error.Message, StringComparison.Ordinal);
        Assert.Null(await documents.GetQueryAsync("sha256", TrustedDocumentStore.HashOf(good), CancellationToken.None));
    }
}
