using Gateway.Data;
using Gateway.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Tests.Editing;

public sealed class ConcurrencyTests
{
    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Parallel_updates_with_the_same_version_let_exactly_one_win(CatalogueProvider provider)
    {
        await using var host = await EditingHost.StartAsync(provider);
        var category = await host.AddCategoryAsync("apps");
        var created = await host.AddPackageAsync(category.Id, "contended");
        var id = EditingHost.Id("Package", created.Id);
        const int Editors = 24;

        var payloads = await Task.WhenAll(Enumerable.Range(0, Editors).Select(i => host.MutateAsync(
            "updatePackage", new { id, version = 1, title = $"editor {i}" }, "package { title version }",
            host.EditorToken)));

        var winners = payloads.Where(p => p["package"] is not null).ToList();
        var winner = Assert.Single(winners);
        var losers = payloads.Where(p => p["package"] is null).ToList();
        Assert.Equal(Editors - 1, losers.Count);
        Assert.All(losers, p =>
        {
            var error = Assert.Single(p["errors"]!.AsArray())!;
            Assert.Equal(("StaleVersionError", 1, 2),
                ((string)error["__typename"]!, (int)error["seenVersion"]!, (int)error["currentVersion"]!));
        });
        await using var db = host.Store.CreateContext();
        var stored = await db.Packages.SingleAsync(p => p.Id == created.Id);
        Assert.Equal(((string)winner["package"]!["title"]!, 2), (stored.Title, stored.Version));
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Parallel_creates_of_one_slug_make_one_package_and_conflicts(CatalogueProvider provider)
    {
        await using var host = await EditingHost.StartAsync(provider);
        var category = await host.AddCategoryAsync("apps");
        var categoryId = EditingHost.Id("Category", category.Id);

        var payloads = await Task.WhenAll(Enumerable.Range(0, 12).Select(i => host.MutateAsync(
            "createPackage", new { title = $"t{i}", slug = "same", categoryId }, "package { id }", host.EditorToken)));

        Assert.Single(payloads, p => p["package"] is not null);
        Assert.All(payloads.Where(p => p["package"] is null),
            p => Assert.Equal("ConflictError", (string)p["errors"]![0]!["__typename"]!));
        await using var db = host.Store.CreateContext();
        Assert.Equal(1, await db.Packages.CountAsync());
    }
}
