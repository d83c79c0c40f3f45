using Gateway.Data;
using Gateway.Tests.Editing;
using Gateway.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Tests.Categories;

public sealed class CategoryMutationsTests
{
    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Moderator_creates_updates_and_deletes_a_category(CatalogueProvider provider)
    {
        await using var host = await EditingHost.StartAsync(provider);
        const string Selection = "category { id version title slug description titlePlural showPypi }";

        var created = await host.MutateAsync("createCategory",
            new
            {
                title = "Apps",
                slug = "apps",
                description = "Small\nthings",
                titlePlural = "Apps",
                showPypi = false
            },
            Selection, host.ModeratorToken);
        var id = (string)created["category"]!["id"]!;
        var updated = await host.MutateAsync("updateCategory", new { id, version = 1, title = "Applications" },
            Selection, host.ModeratorToken);
        var deleted = await host.MutateAsync("deleteCategory", new { id, version = 2 }, Selection, host.ModeratorToken);

        Assert.Equal(("apps", "Small\nthings", false, 1), ((string)created["category"]!["slug"]!,
            (string)created["category"]!["description"]!, (bool)created["category"]!["showPypi"]!,
            (int)created["category"]!["version"]!));
        Assert.Equal(("Applications", 2), ((string)updated["category"]!["title"]!,
            (int)updated["category"]!["version"]!));
        Assert.Equal("Applications", (string)deleted["category"]!["title"]!);
        await using var db = host.Store.CreateContext();
        Assert.False(await db.Categories.AnyAsync());
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task DeleteCategory_is_refused_while_it_has_packages(CatalogueProvider provider)
    {
        await using var host = await EditingHost.StartAsync(provider);
        var category = await host.AddCategoryAsync("apps");
        await host.AddPackageAsync(category.Id, "pkg");

        var payload = await host.MutateAsync("deleteCategory",
            new { id = EditingHost.Id("Category", category.Id), version = 1 }, "category { id }", host.ModeratorToken);

        var error = Assert.Single(payload["errors"]!.AsArray())!;
        Assert.Equal(("ConflictError", "HAS_PACKAGES"), ((string)error["__typename"]!, (string)error["reason"]!));
        Assert.Contains("1 packages", (string)error["message"]!, StringComparison.Ordinal);
        await using var db = host.Store.CreateContext();
        Assert.True(await db.Categories.AnyAsync(c => c.Id == category.Id));
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Category_errors_cover_conflict_stale_validation_and_not_found(CatalogueProvider provider)
    {
        await using var host = await EditingHost.StartAsync(provider);
        await host.AddCategoryAsync("apps");
        var other = await host.AddCategoryAsync("other");
        var otherId = EditingHost.Id("Category", other.Id);

        var taken = await host.MutateAsync("updateCategory", new { id = otherId, version = 1, slug = "apps" },
            "category { id }", host.ModeratorToken);
        var stale = await host.MutateAsync("updateCategory", new { id = otherId, version = 5, title = "x" },
            "category { id }", host.ModeratorToken);
        var invalid = await host.MutateAsync("createCategory", new { title = new string('c', 51), slug = "ok" },
            "category { id }", host.ModeratorToken);
        var missing = await host.MutateAsync("deleteCategory", new
        {
            id = EditingHost.Id("Category", 999),
            version = 1
        },
            "category { id }", host.ModeratorToken);

        Assert.Equal("ConflictError", (string)taken["errors"]![0]!["__typename"]!);
        Assert.Equal(1, (int)stale["errors"]![0]!["currentVersion"]!);
        Assert.Equal(("title", "TOO_LONG"),
            ((string)invalid["errors"]![0]!["field"]!, (string)invalid["errors"]![0]!["reason"]!));
        Assert.Equal("NotFoundError", (string)missing["errors"]![0]!["__typename"]!);
        await using var db = host.Store.CreateContext();
        Assert.Equal(["apps", "other"], await db.Categories.OrderBy(c => c.Id).Select(c => c.Slug).ToListAsync());
    }
}
