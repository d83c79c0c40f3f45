using System.Text.Json.Nodes;
using Gateway.Data;
using Gateway.Tests.Editing;
using Gateway.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Tests.Grids;

public sealed class GridMutationsTests
{
    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Editor_builds_a_grid_with_packages_features_and_cells(CatalogueProvider provider)
    {
        await using var host = await EditingHost.StartAsync(provider);
        var category = await host.AddCategoryAsync("apps");
        var package = await host.AddPackageAsync(category.Id, "pkg");
        var packageId = EditingHost.Id("Package", package.Id);
        var token = host.EditorToken;

        var grid = (await host.MutateAsync("createGrid", new { title = "Auth", slug = "auth", description = "Login" },
            "grid { id version isLocked }", token))["grid"]!;
        var gridId = (string)grid["id"]!;
        var added = await host.MutateAsync("addPackageToGrid", new { gridId, packageId },
            "grid { version packages { nodes { slug } } }", token);
        var feature = (await host.MutateAsync("addGridFeature", new { gridId, title = "Has tests" },
            "feature { id version title grid { version } }", token))["feature"]!;
        var featureId = (string)feature["id"]!;
        var renamed = await host.MutateAsync("updateGridFeature", new { id = featureId, version = 1, title = "Tests" },
            "feature { version title }", token);
        var cell = await host.MutateAsync("setGridElement", new { featureId, packageId, text = "yes" },
            "element { id version text package { slug } feature { title } }", token);
        var cellAgain = await host.MutateAsync("setGridElement", new { featureId, packageId, text = "no", version = 1 },
            "element { version text }", token);
        var staleCell = await host.MutateAsync("setGridElement", new { featureId, packageId, text = "lost" },
            "element { version }", token);

        Assert.Equal((1, false), ((int)grid["version"]!, (bool)grid["isLocked"]!));
        Assert.Equal(2, (int)added["grid"]!["version"]!);
        Assert.Equal("pkg", (string)added["grid"]!["packages"]!["nodes"]![0]!["slug"]!);
        Assert.Equal(3, (int)feature["grid"]!["version"]!);
        Assert.Equal(("Tests", 2), ((string)renamed["feature"]!["title"]!, (int)renamed["feature"]!["version"]!));
        Assert.Equal(("yes", 1, "pkg", "Tests"), ((string)cell["element"]!["text"]!, (int)cell["element"]!["version"]!,
            (string)cell["element"]!["package"]!["slug"]!, (string)cell["element"]!["feature"]!["title"]!));
        Assert.Equal(("no", 2), ((string)cellAgain["element"]!["text"]!, (int)cellAgain["element"]!["version"]!));
        Assert.Equal((0, 2), ((int)staleCell["errors"]![0]!["seenVersion"]!,
            (int)staleCell["errors"]![0]!["currentVersion"]!));
        await using var db = host.Store.CreateContext();
        Assert.Equal("no", (await db.Elements.SingleAsync()).Text);
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Removing_a_package_and_a_feature_removes_their_cells(CatalogueProvider provider)
    {
        await using var host = await EditingHost.StartAsync(provider);
        var category = await host.AddCategoryAsync("apps");
        var a = await host.AddPackageAsync(category.Id, "a");
        var b = await host.AddPackageAsync(category.Id, "b");
        var grid = await host.AddGridAsync("grid", [a.Id, b.Id], features: 2);
        var gridId = EditingHost.Id("Grid", grid.Id);
        var firstFeature = grid.Features[0];

        var stale = await host.MutateAsync("removePackageFromGrid",
            new { gridId, packageId = EditingHost.Id("Package", a.Id), version = 9 }, "grid { version }",
                host.EditorToken);
        var removed = await host.MutateAsync("removePackageFromGrid",
            new { gridId, packageId = EditingHost.Id("Package", a.Id), version = 1 }, "grid { version }",
                host.EditorToken);
        var notIn = await host.MutateAsync("removePackageFromGrid",
            new { gridId, packageId = EditingHost.Id("Package", a.Id), version = 2 }, "grid { version }",
                host.EditorToken);
        var feature = await host.MutateAsync("removeGridFeature",
            new { id = EditingHost.Id("Feature", firstFeature.Id), version = 1 }, "feature { title }",
                host.EditorToken);

        Assert.Equal("StaleVersionError", (string)stale["errors"]![0]!["__typename"]!);
        Assert.Equal(2, (int)removed["grid"]!["version"]!);
        Assert.Equal(("NotFoundError", "packageId"),
            ((string)notIn["errors"]![0]!["__typename"]!, (string)notIn["errors"]![0]!["field"]!));
        Assert.Equal("feature 0", (string)feature["feature"]!["title"]!);
        await using var db = host.Store.CreateContext();
        Assert.Equal([(b.Id, grid.Features[1].Id)],
            await db.Elements.Select(e => new ValueTuple<int, int>(e.PackageId, e.FeatureId)).ToListAsync());
        Assert.Equal(3, (await db.Grids.SingleAsync()).Version);
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Locked_grid_refuses_editors_and_accepts_moderators(CatalogueProvider provider)
    {
        await using var host = await EditingHost.StartAsync(provider);
        var category = await host.AddCategoryAsync("apps");
        var package = await host.AddPackageAsync(category.Id, "pkg");
        var other = await host.AddPackageAsync(category.Id, "other");
        var grid = await host.AddGridAsync("grid", [package.Id], features: 1);
        var gridId = EditingHost.Id("Grid", grid.Id);
        var featureId = EditingHost.Id("Feature", grid.Features[0].Id);
        var packageId = EditingHost.Id("Package", package.Id);

        var lockByEditor = await host.MutateAsync("updateGrid", new { id = gridId, version = 1, isLocked = true },
            "grid { isLocked }", host.EditorToken);
        var createLocked = await host.MutateAsync("createGrid", new { title = "L", slug = "l", isLocked = true },
            "grid { id }", host.EditorToken);
        var lockByModerator = await host.MutateAsync("updateGrid", new { id = gridId, version = 1, isLocked = true },
            "grid { isLocked version }", host.ModeratorToken);
        var refused = new[]
        {
            await host.MutateAsync("updateGrid", new { id = gridId, version = 2, title = "x" }, "grid { id }",
                host.EditorToken),
            await host.MutateAsync("deleteGrid", new { id = gridId, version = 2 }, "grid { id }", host.EditorToken),
            await host.MutateAsync("addPackageToGrid", new { gridId, packageId = EditingHost.Id("Package", other.Id) },
                "grid { id }", host.EditorToken),
            await host.MutateAsync("removePackageFromGrid", new { gridId, packageId, version = 2 }, "grid { id }",
                host.EditorToken),
            await host.MutateAsync("addGridFeature", new { gridId, title = "f" }, "feature { id }", host.EditorToken),
            await host.MutateAsync("updateGridFeature", new { id = featureId, version = 1, title = "f" },
                "feature { id }",
                host.EditorToken),
            await host.MutateAsync("removeGridFeature", new { id = featureId, version = 1 }, "feature { id }",
                host.EditorToken),
            await host.MutateAsync("setGridElement", new { featureId, packageId, text = "t", version = 1 },
                "element { id }", host.EditorToken),
        };
        var byModerator = await host.MutateAsync("setGridElement", new
        {
            featureId,
            packageId,
            text = "ok",
            version = 1
        },
            "element { text }", host.ModeratorToken);

        Assert.Equal(("ForbiddenError", "ROLE"), Error(lockByEditor));
        Assert.Equal(("ForbiddenError", "ROLE"), Error(createLocked));
        Assert.Equal((true, 2), ((bool)lockByModerator["grid"]!["isLocked"]!,
            (int)lockByModerator["grid"]!["version"]!));
        Assert.All(refused, payload =>
        {
            Assert.Equal("LockedGridError", Error(payload).Type);
            Assert.Equal(gridId, (string)payload["errors"]![0]!["gridId"]!);
        });
        Assert.Equal("ok", (string)byModerator["element"]!["text"]!);
        await using var db = host.Store.CreateContext();
        Assert.Equal((2, 1, 1), ((await db.Grids.SingleAsync(g => g.Id == grid.Id)).Version,
            await db.Features.CountAsync(), await db.GridPackages.CountAsync()));
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Grid_membership_and_cell_errors_are_typed(CatalogueProvider provider)
    {
        await using var host = await EditingHost.StartAsync(provider);
        var category = await host.AddCategoryAsync("apps");
        var inGrid = await host.AddPackageAsync(category.Id, "in");
        var outside = await host.AddPackageAsync(category.Id, "out");
        var grid = await host.AddGridAsync("grid", [inGrid.Id], features: 1);
        var gridId = EditingHost.Id("Grid", grid.Id);
        var featureId = EditingHost.Id("Feature", grid.Features[0].Id);

        var twice = await host.MutateAsync("addPackageToGrid", new
        {
            gridId,
            packageId = EditingHost.Id("Package",
            inGrid.Id)
        },
            "grid { id }", host.EditorToken);
        var notInGrid = await host.MutateAsync("setGridElement",
            new { featureId, packageId = EditingHost.Id("Package", outside.Id), text = "x" }, "element { id }",
                host.EditorToken);
        var forgedFeature = await host.MutateAsync("setGridElement",
            new { featureId = gridId, packageId = EditingHost.Id("Package", inGrid.Id), text = "x" }, "element { id }",
            host.EditorToken);
        var takenSlug = await host.MutateAsync("createGrid", new { title = "Again", slug = "grid" }, "grid { id }",
            host.EditorToken);
        var anonymous = await host.MutateAsync("deleteGrid", new { id = gridId, version = 1 }, "grid { id }", null);

        Assert.Equal(("ConflictError", "ALREADY_IN_GRID"), (Error(twice).Type,
            (string)twice["errors"]![0]!["reason"]!));
        Assert.Equal(("NotFoundError", "packageId"), (Error(notInGrid).Type,
            (string)notInGrid["errors"]![0]!["field"]!));
        Assert.Equal(("ValidationError", "INVALID_ID"),
            (Error(forgedFeature).Type, (string)forgedFeature["errors"]![0]!["reason"]!));
        Assert.Equal(("ConflictError", "TAKEN"), (Error(takenSlug).Type, (string)takenSlug["errors"]![0]!["reason"]!));
        Assert.Equal(("ForbiddenError", "UNAUTHENTICATED"), Error(anonymous));
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Bad_ids_and_bad_texts_of_one_grid_input_come_back_together(CatalogueProvider provider)
    {
        await using var host = await EditingHost.StartAsync(provider);
        var category = await host.AddCategoryAsync("apps");
        var package = await host.AddPackageAsync(category.Id, "in");
        var grid = await host.AddGridAsync("grid", [package.Id], features: 1);
        var gridId = EditingHost.Id("Grid", grid.Id);

        var cell = await host.MutateAsync("setGridElement",
            new { featureId = gridId, packageId = "forged", text = "bell\u0007" }, "element { id }",
            host.EditorToken);
        var feature = await host.MutateAsync("updateGridFeature",
            new { id = gridId, version = 1, title = new string('t', 101) }, "feature { id }", host.EditorToken);
        var added = await host.MutateAsync("addGridFeature",
            new { gridId = EditingHost.Id("Package", package.Id), title = " " }, "feature { id }",
            host.EditorToken);

        Assert.Equal(
            [("featureId", "INVALID_ID"), ("packageId", "INVALID_ID"), ("text", "CONTROL_CHARACTER")],
            Reasons(cell));
        Assert.Equal([("id", "INVALID_ID"), ("title", "TOO_LONG")], Reasons(feature));
        Assert.Equal([("gridId", "INVALID_ID"), ("title", "REQUIRED")], Reasons(added));
        await using var db = host.Store.CreateContext();
        var stored = await db.Grids.Include(g => g.Features).ThenInclude(f => f.Elements).SingleAsync();
        Assert.Equal((grid.Version, "feature 0", 1), (stored.Version, stored.Features.Single().Title,
            stored.Features.Single().Elements.Single().Version));
    }

    private static IEnumerable<(string Field, string Reason)> Reasons(JsonNode payload) =>
        payload["errors"]!.AsArray().Select(e => ((string)e!["field"]!, (string)e["reason"]!));

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task DeleteGrid_removes_features_cells_and_memberships_but_not_packages(CatalogueProvider provider)
    {
        await using var host = await EditingHost.StartAsync(provider);
        var category = await host.AddCategoryAsync("apps");
        var a = await host.AddPackageAsync(category.Id, "a");
        var b = await host.AddPackageAsync(category.Id, "b");
        var grid = await host.AddGridAsync("grid", [a.Id, b.Id], features: 3);
        var keep = await host.AddGridAsync("keep", [a.Id], features: 1);

        var payload = await host.MutateAsync("deleteGrid", new { id = EditingHost.Id("Grid", grid.Id), version = 1 },
            "grid { slug }", host.EditorToken);

        Assert.Equal("grid", (string)payload["grid"]!["slug"]!);
        await using var db = host.Store.CreateContext();
        Assert.Equal([keep.Id], await db.Grids.Select(g => g.Id).ToListAsync());
        Assert.Equal(1, await db.Features.CountAsync());
        Assert.Equal(1, await db.Elements.CountAsync());
        Assert.Equal(1, await db.GridPackages.CountAsync());
        Assert.Equal(2, await db.Packages.CountAsync());
    }

    private static (string Type, string Reason) Error(JsonNode payload)
    {
        var error = Assert.Single(payload["errors"]!.AsArray())!;
        return ((string)error["__typename"]!, (string?)error["reason"] ?? "");
    }
}
