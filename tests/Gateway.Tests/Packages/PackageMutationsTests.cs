using System.Text.Json.Nodes;
using Gateway.Data;
using Gateway.Tests.Editing;
using Gateway.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Tests.Packages;

public sealed class PackageMutationsTests
{
    private const string Selection = "package { id databaseId version title slug repoUrl modifiedBy created modified " +
        "commitsOver52 commitCount category { slug } }";

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task CreatePackage_by_an_editor_stores_it_with_server_stamps(CatalogueProvider provider)
    {
        await using var host = await EditingHost.StartAsync(provider);
        var category = await host.AddCategoryAsync("apps");
        var before = DateTime.UtcNow.AddSeconds(-1);

        var payload = await host.MutateAsync("createPackage", new
        {
            title = "  Django Multisite ",
            slug = "Django-Multisite2",
            categoryId = EditingHost.Id("Category", category.Id),
            repoUrl = "https://github.com/example/django-multisite2",
            commitsOver52 = Enumerable.Range(0, 52).ToArray(),
        }, Selection, host.EditorToken);

        var package = payload["package"]!;
        Assert.Null(payload["errors"]);
        Assert.Equal(("Django Multisite", "django-multisite2", 1, "ed"), (
            (string)package["title"]!, (string)package["slug"]!, (int)package["version"]!,
            (string?)package["modifiedBy"]));
        Assert.Equal("apps", (string)package["category"]!["slug"]!);
        Assert.Equal(Enumerable.Range(0, 52).Sum(), (int)package["commitCount"]!);
        await using var db = host.Store.CreateContext();
        var stored = await db.Packages.SingleAsync(p => p.Id == (int)package["databaseId"]!);
        Assert.InRange(stored.Created, before, DateTime.UtcNow.AddSeconds(1));
        Assert.Equal(stored.Created, stored.Modified);
        Assert.Equal("ed", stored.ModifiedBy);
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task UpdatePackage_changes_given_fields_and_moves_the_version(CatalogueProvider provider)
    {
        await using var host = await EditingHost.StartAsync(provider);
        var category = await host.AddCategoryAsync("apps");
        var created = await host.AddPackageAsync(category.Id, "old-slug", "https://github.com/a/b");

        var payload = await host.MutateAsync("updatePackage", new
        {
            id = EditingHost.Id("Package", created.Id),
            version = 1,
            title = "New title",
            documentationUrl = "https://docs.example.org/",
        }, Selection, host.EditorToken);

        var package = payload["package"]!;
        Assert.Null(payload["errors"]);
        Assert.Equal(("New title", "old-slug", "https://github.com/a/b", 2), ((string)package["title"]!,
            (string)package["slug"]!, (string)package["repoUrl"]!, (int)package["version"]!));
        await using var db = host.Store.CreateContext();
        var stored = await db.Packages.SingleAsync(p => p.Id == created.Id);
        Assert.Equal(("New title", "https://docs.example.org/", 2, "ed"),
            (stored.Title, stored.DocumentationUrl, stored.Version, stored.ModifiedBy));
        Assert.True(stored.Modified > created.Modified);
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task UpdatePackage_with_a_stale_version_is_refused_with_the_current_one(CatalogueProvider provider)
    {
        await using var host = await EditingHost.StartAsync(provider);
        var category = await host.AddCategoryAsync("apps");
        var created = await host.AddPackageAsync(category.Id, "pkg");
        var id = EditingHost.Id("Package", created.Id);
        await host.MutateAsync("updatePackage", new { id, version = 1, title = "first" }, "package { version }",
            host.EditorToken);

        var payload = await host.MutateAsync("updatePackage", new { id, version = 1, title = "second" },
            "package { version }", host.EditorToken);

        Assert.Null(payload["package"]);
        var error = Assert.Single(payload["errors"]!.AsArray())!;
        Assert.Equal(("StaleVersionError", 1, 2, id), ((string)error["__typename"]!, (int)error["seenVersion"]!,
            (int)error["currentVersion"]!, (string)error["id"]!));
        await using var db = host.Store.CreateContext();
        Assert.Equal("first", (await db.Packages.SingleAsync(p => p.Id == created.Id)).Title);
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task DeletePackage_needs_the_current_version_and_then_removes_it(CatalogueProvider provider)
    {
        await using var host = await EditingHost.StartAsync(provider);
        var category = await host.AddCategoryAsync("apps");
        var created = await host.AddPackageAsync(category.Id, "doomed");
        await host.AddGridAsync("grid", [created.Id], features: 2);
        var id = EditingHost.Id("Package", created.Id);

        var stale = await host.MutateAsync("deletePackage", new { id, version = 7 }, "package { slug }",
            host.EditorToken);
        var deleted = await host.MutateAsync("deletePackage", new { id, version = 1 }, "package { slug }",
            host.EditorToken);

        Assert.Equal("StaleVersionError", (string)stale["errors"]![0]!["__typename"]!);
        Assert.Equal("doomed", (string)deleted["package"]!["slug"]!);
        await using var db = host.Store.CreateContext();
        Assert.False(await db.Packages.AnyAsync(p => p.Id == created.Id));
        Assert.False(await db.Elements.AnyAsync(e => e.PackageId == created.Id));
        Assert.False(await db.GridPackages.AnyAsync(gp => gp.PackageId == created.Id));
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task CreatePackage_with_a_taken_slug_and_repo_url_answers_both_conflicts(CatalogueProvider provider)
    {
        await using var host = await EditingHost.StartAsync(provider);
        var category = await host.AddCategoryAsync("apps");
        await host.AddPackageAsync(category.Id, "taken", "https://github.com/x/taken");

        var payload = await host.MutateAsync("createPackage", new
        {
            title = "Copy",
            slug = "TAKEN",
            categoryId = EditingHost.Id("Category", category.Id),
            repoUrl = "https://github.com/x/taken",
        }, "package { id }", host.EditorToken);

        Assert.Null(payload["package"]);
        Assert.Equal([("ConflictError", "slug", "TAKEN"), ("ConflictError", "repoUrl", "TAKEN")],
            payload["errors"]!.AsArray().Select(e => ((string)e!["__typename"]!, (string)e["field"]!,
                (string)e["reason"]!)));
        await using var db = host.Store.CreateContext();
        Assert.Equal(1, await db.Packages.CountAsync());
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task CreatePackage_with_many_bad_fields_answers_every_error_together(CatalogueProvider provider)
    {
        await using var host = await EditingHost.StartAsync(provider);
        var category = await host.AddCategoryAsync("apps");

        var payload = await host.MutateAsync("createPackage", new
        {
            title = new string('t', 101),
            slug = "no spaces",
            categoryId = EditingHost.Id("Category", category.Id),
            repoUrl = "ftp://example.org/repo",
            pypiUrl = "pypi.org/project/x",
            repoDescription = "bell\u0007",
            commitsOver52 = new[] { 1, -1 },
        }, "package { id }", host.EditorToken);

        Assert.Equal(
            [("title", "TOO_LONG"), ("slug", "INVALID_SLUG"), ("repoUrl", "INVALID_URL"),
                ("repoDescription", "CONTROL_CHARACTER"), ("pypiUrl", "INVALID_URL"),
                ("commitsOver52", "WRONG_COUNT"), ("commitsOver52", "NEGATIVE")],
            payload["errors"]!.AsArray().Select(e => ((string)e!["field"]!, (string)e["reason"]!)));
        Assert.All(payload["errors"]!.AsArray(), e => Assert.Equal("ValidationError", (string)e!["__typename"]!));
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Bad_ids_and_bad_fields_of_one_input_come_back_together(CatalogueProvider provider)
    {
        await using var host = await EditingHost.StartAsync(provider);
        var category = await host.AddCategoryAsync("apps");
        var created = await host.AddPackageAsync(category.Id, "pkg");

        var update = await host.MutateAsync("updatePackage", new
        {
            id = EditingHost.Id("Category", category.Id),
            version = 1,
            title = new string('t', 101),
            slug = "no spaces",
            categoryId = "not an id",
        }, "package { id }", host.EditorToken);
        var create = await host.MutateAsync("createPackage", new
        {
            title = "ok",
            slug = "ok",
            categoryId = EditingHost.Id("Package", created.Id),
            documentationUrl = "docs.example.org",
        }, "package { id }", host.EditorToken);

        Assert.Equal(
            [("id", "INVALID_ID"), ("categoryId", "INVALID_ID"), ("title", "TOO_LONG"), ("slug", "INVALID_SLUG")],
            update["errors"]!.AsArray().Select(e => ((string)e!["field"]!, (string)e["reason"]!)));
        Assert.Equal([("categoryId", "INVALID_ID"), ("documentationUrl", "INVALID_URL")],
            create["errors"]!.AsArray().Select(e => ((string)e!["field"]!, (string)e["reason"]!)));
        Assert.Null(update["package"]);
        Assert.Null(create["package"]);
        await using var db = host.Store.CreateContext();
        var stored = await db.Packages.SingleAsync();
        Assert.Equal(("pkg", 1), (stored.Slug, stored.Version));
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Bad_ids_without_a_token_are_refused_as_forbidden_first(CatalogueProvider provider)
    {
        await using var host = await EditingHost.StartAsync(provider);

        var payload = await host.MutateAsync("updatePackage",
            new { id = "not an id", version = 1, title = "x" }, "package { id }", token: null);

        Assert.Equal(["ForbiddenError"], payload["errors"]!.AsArray().Select(e => (string)e!["__typename"]!));
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Hostile_input_is_refused_as_data_and_writes_nothing(CatalogueProvider provider)
    {
        await using var host = await EditingHost.StartAsync(provider);
        var category = await host.AddCategoryAsync("apps");
        var created = await host.AddPackageAsync(category.Id, "pkg");
        var id = EditingHost.Id("Package", created.Id);

        var long60k = await host.MutateAsync("updatePackage",
            new { id, version = 1, repoDescription = new string('x', 60_000) }, "package { id }", host.EditorToken);
        var huge = await host.PostAsync(
            "mutation($input: UpdatePackageInput!) { updatePackage(input: $input) { package { id } } }",
            new { input = new { id, version = 1, repoDescription = new string('x', 1_000_000) } },
            host.EditorToken);
        var control = await host.MutateAsync("updatePackage", new { id, version = 1, title = "a\0b" },
            "package { id }", host.EditorToken);
        var unknown = await host.MutateAsync("updatePackage", new
        {
            id = EditingHost.Id("Package", 987_654),
            version = 1
        },
            "package { id }", host.EditorToken);
        var forged = await host.MutateAsync("updatePackage", new
        {
            id = EditingHost.Id("Category", category.Id),
            version = 1
        },
            "package { id }", host.EditorToken);
        var garbage = await host.MutateAsync("updatePackage", new { id = "not base64 at all!", version = 1 },
            "package { id }", host.EditorToken);

        Assert.Equal(("ValidationError", "TOO_LONG"), Error(long60k, "reason"));
        Assert.Null(huge["data"]?["updatePackage"]); // refused whole by the request limits, before any resolver
        Assert.NotEmpty(huge["errors"]!.AsArray());
        Assert.Equal(("ValidationError", "CONTROL_CHARACTER"), Error(control, "reason"));
        Assert.Equal(("NotFoundError", "Package"), Error(unknown, "type"));
        Assert.Equal(("ValidationError", "INVALID_ID"), Error(forged, "reason"));
        Assert.Contains("Category", (string)forged["errors"]![0]!["message"]!, StringComparison.Ordinal);
        Assert.Equal(("ValidationError", "INVALID_ID"), Error(garbage, "reason"));
        await using var db = host.Store.CreateContext();
        var stored = await db.Packages.SingleAsync(p => p.Id == created.Id);
        Assert.Equal(("pkg", 1), (stored.Title, stored.Version));
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task UpdatePackage_with_a_wrongly_typed_field_is_a_request_error(CatalogueProvider provider)
    {
        await using var host = await EditingHost.StartAsync(provider);
        var category = await host.AddCategoryAsync("apps");
        var created = await host.AddPackageAsync(category.Id, "pkg");

        var answer = await host.PostAsync(
            "mutation($input: UpdatePackageInput!) { updatePackage(input: $input) { package { id } } }",
            new { input = new { id = EditingHost.Id("Package", created.Id), version = "one", commitsOver52 = "many" } },
            host.EditorToken);

        Assert.Null(answer["data"]?["updatePackage"]);
        Assert.NotEmpty(answer["errors"]!.AsArray());
        await using var db = host.Store.CreateContext();
        Assert.Equal(1, (await db.Packages.SingleAsync()).Version);
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task CreatePackage_in_an_unknown_category_answers_not_found(CatalogueProvider provider)
    {
        await using var host = await EditingHost.StartAsync(provider);

        var payload = await host.MutateAsync("createPackage", new
        {
            title = "Orphan",
            slug = "orphan",
            categoryId = EditingHost.Id("Category", 4242),
        }, "package { id }", host.EditorToken);

        Assert.Equal(("NotFoundError", "categoryId"), Error(payload, "field"));
        Assert.Equal(EditingHost.Id("Category", 4242), (string)payload["errors"]![0]!["id"]!);
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Reads_after_a_write_in_the_same_request_see_the_write(CatalogueProvider provider)
    {
        await using var host = await EditingHost.StartAsync(provider);
        var category = await host.AddCategoryAsync("apps");
        var created = await host.AddPackageAsync(category.Id, "pkg");
        var packageId = EditingHost.Id("Package", created.Id);
        var categoryId = EditingHost.Id("Category", category.Id);

        // The first field loads the category into the request's loader cache; the second renames it;
        // the third must see the new title, not the cached one.
        var answer = await host.PostAsync($$"""
            mutation {
              a: updatePackage(input: { id: "{{packageId}}", version: 1,
                  title: "one" }) { package { category { title } } }
              b: updateCategory(input: { id: "{{categoryId}}", version: 1, title: "Renamed" }) { category { title } }
              c: updatePackage(input: { id: "{{packageId}}", version: 2,
                  title: "two" }) { package { version category { title } } }
            }
            """, token: host.ModeratorToken);

        Assert.Equal("apps", (string)answer["data"]!["a"]!["package"]!["category"]!["title"]!);
        Assert.Equal("Renamed", (string)answer["data"]!["c"]!["package"]!["category"]!["title"]!);
        Assert.Equal(3, (int)answer["data"]!["c"]!["package"]!["version"]!);
    }

    private static (string Type, string Value) Error(JsonNode payload, string property)
    {
        var error = Assert.Single(payload["errors"]!.AsArray())!;
        return ((string)error["__typename"]!, (string)error[property]!);
    }
}
