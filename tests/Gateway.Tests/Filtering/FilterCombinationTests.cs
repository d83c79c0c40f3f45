using Gateway.Categories;
using Gateway.Data;
using Gateway.Filtering;
using Gateway.Grids;
using Gateway.Packages;
using Gateway.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Tests.Filtering;

public sealed class FilterCombinationTests
{
    private static readonly (string Name, Dictionary<string, object?> Where, Func<Package, bool> Expected)[] PackageCases =
    [
        ("and", D("and", L(D("title", D("containsi", "django")), D("repoWatchers", D("gt", 1000)))),
            p => p.Title.Contains("django", StringComparison.OrdinalIgnoreCase) && p.RepoWatchers > 1000),
        ("fields are and-ed", D("title", D("containsi", "django"), "repoWatchers", D("lte", 1000)),
            p => p.Title.Contains("django", StringComparison.OrdinalIgnoreCase) && p.RepoWatchers <= 1000),
        ("or", D("or", L(D("pypiVersion", D("eq", null)), D("repoWatchers", D("lt", 100)))),
            p => p.PypiVersion is null || p.RepoWatchers < 100),
        ("not", D("not", D("title", D("startsWith", "D"))), p => !p.Title.StartsWith('D')),
        ("not of and", D("not", D("and", L(D("supportsPython3", D("eq", true)), D("score", D("gte", 100))))),
            p => !(p.SupportsPython3 == true && p.Score >= 100)),
        ("or inside a field", D("title", D("or", L(D("startsWith", "Z"), D("endsWith", "2")))),
            p => p.Title.StartsWith('Z') || p.Title.EndsWith('2')),
        ("to-one relation", D("category", D("slug", D("eq", "cat-2"))), p => p.Category!.Slug == "cat-2"),
        ("relation with not", D("category", D("not", D("title", D("eqi", "APPS")))), p => p.Category!.Title != "Apps"),
        ("some", D("grids", D("some", D("isLocked", D("eq", true)))), p => Grids(p).Any(g => g.IsLocked)),
        ("all", D("grids", D("all", D("header", D("eq", true)))), p => Grids(p).All(g => g.Header)),
        ("none", D("grids", D("none", D("description", D("containsi", "ÜNÏCODE 1")))),
            p => !Grids(p).Any(g => g.Description.Contains("ünïcode 1", StringComparison.Ordinal))),
        ("any true", D("grids", D("any", true)), p => Grids(p).Any()),
        ("any false", D("grids", D("any", false)), p => !Grids(p).Any()),
        ("some and none together", D("grids", D("some", D("header", D("eq", true)), "none", D("isLocked", D("eq", true)))),
            p => Grids(p).Any(g => g.Header) && !Grids(p).Any(g => g.IsLocked)),
        ("participants some", D("participants", D("some", D("login", D("eq", "ErikVW")))),
            p => p.PackageParticipants.Any(pp => pp.Participant!.Login == "ErikVW")),
        ("participants with LIKE characters", D("participants", D("some", D("login", D("startsWith", "_")))),
            p => p.PackageParticipants.Any(pp => pp.Participant!.Login.StartsWith('_'))),
        ("nested lists and a relation",
            D("grids", D("some", D("packages", D("some", D("category", D("title", D("eq", "Другое"))))))),
            p => Grids(p).Any(g => g.GridPackages.Any(gp => gp.Package!.Category!.Title == "Другое"))),
        ("or of relations", D("or", L(
                D("grids", D("some", D("slug", D("in", L("grid-1", "grid-3"))))),
                D("category", D("showPypi", D("eq", false))))),
            p => Grids(p).Any(g => g.Slug is "grid-1" or "grid-3") || !p.Category!.ShowPypi),
        ("empty filter", D(), _ => true),
    ];

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Combinations_and_relations_match_the_reference(CatalogueProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await using (var seed = store.CreateContext())
        {
            await FilterTestCatalogue.WriteAsync(seed);
        }

        await using var db = store.CreateContext();
        var packages = await db.Packages
            .Include(p => p.Category)
            .Include(p => p.PackageParticipants).ThenInclude(pp => pp.Participant)
            .Include(p => p.GridPackages).ThenInclude(gp => gp.Grid).ThenInclude(g => g!.GridPackages)
            .ThenInclude(gp => gp.Package).ThenInclude(p => p!.Category)
            .AsSplitQuery()
            .AsTracking()
            .ToListAsync();
        var failures = new List<string>();
        foreach (var (name, where, expected) in PackageCases)
        {
            var predicate = FilterTranslator.Translate(PackageFilters.Definition, where);
            var query = predicate is null ? db.Packages : db.Packages.Where(predicate);
            var actual = await query.Select(p => p.Id).OrderBy(id => id).ToListAsync();
            var reference = packages.Where(expected).Select(p => p.Id).Order().ToList();
            if (!actual.SequenceEqual(reference))
            {
                failures.Add($"{name}: expected [{string.Join(',', reference)}] got [{string.Join(',', actual)}]");
            }

            if (name != "empty filter" && (reference.Count == 0 || reference.Count == packages.Count))
            {
                failures.Add($"{name}: the case does not discriminate ({reference.Count} rows match)");
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Filters_on_categories_and_grids_reach_their_packages(CatalogueProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await using (var seed = store.CreateContext())
        {
            await FilterTestCatalogue.WriteAsync(seed);
        }

        await using var db = store.CreateContext();
        var categoryWhere = D("packages", D("some", D("repoWatchers", D("gt", 4500))));
        var categories = await db.Categories
            .Where(FilterTranslator.Translate(CategoryFilters.Definition, categoryWhere)!)
            .Select(c => c.Id).OrderBy(id => id).ToListAsync();
        var categoryReference = await db.Packages.Where(p => p.RepoWatchers > 4500)
            .Select(p => p.CategoryId).Distinct().OrderBy(id => id).ToListAsync();
        Assert.Equal(categoryReference, categories);

        var gridWhere = D("packages", D("all", D("title", D("ncontains", "%"))), "isLocked", D("eq", false));
        var grids = await db.Grids
            .Where(FilterTranslator.Translate(GridFilters.Definition, gridWhere)!)
            .Select(g => g.Id).OrderBy(id => id).ToListAsync();
        var all = await db.Grids.Include(g => g.GridPackages).ThenInclude(gp => gp.Package).AsTracking().ToListAsync();
        var gridReference = all
            .Where(g => !g.IsLocked && g.GridPackages.All(gp => !gp.Package!.Title.Contains('%', StringComparison.Ordinal)))
            .Select(g => g.Id).Order().ToList();
        Assert.Equal(gridReference, grids);
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Filters_on_grid_features_match_the_reference(CatalogueProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await using (var seed = store.CreateContext())
        {
            await FilterTestCatalogue.WriteAsync(seed);
        }

        await using var db = store.CreateContext();
        var all = await db.Grids.Include(g => g.Features).AsTracking().ToListAsync();
        var early = new DateTime(2024, 2, 1, 0, 0, 0, DateTimeKind.Utc);
        (string Name, Dictionary<string, object?> Where, Func<Grid, bool> Expected)[] cases =
        [
            ("some", D("features", D("some", D("title", D("startsWithi", "é")))),
                g => g.Features.Any(f => f.Title.StartsWith("é", StringComparison.OrdinalIgnoreCase))),
            ("none", D("features", D("none", D("created", D("lt", early)))),
                g => !g.Features.Any(f => f.Created < early)),
            ("all", D("features", D("all", D("description", D("neq", "")))),
                g => g.Features.All(f => f.Description != "")),
            ("any false", D("features", D("any", false)), g => g.Features.Count == 0),
            ("or with a field",
                D("or", L(D("features", D("some", D("databaseId", D("gt", 30)))), D("isLocked", D("eq", true)))),
                g => g.Features.Any(f => f.Id > 30) || g.IsLocked),
        ];
        var failures = new List<string>();
        foreach (var (name, where, expected) in cases)
        {
            var actual = await db.Grids.Where(FilterTranslator.Translate(GridFilters.Definition, where)!)
                .Select(g => g.Id).OrderBy(id => id).ToListAsync();
            var reference = all.Where(expected).Select(g => g.Id).Order().ToList();
            if (!actual.SequenceEqual(reference) || reference.Count == 0 || reference.Count == all.Count)
            {
                failures.Add($"{name}: expected [{string.Join(',', reference)}] got [{string.Join(',', actual)}]");
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    [Fact]
    public void A_filter_over_100_operator_nodes_is_refused_before_any_query()
    {
        var where = D("or", Enumerable.Range(0, 101).Select(i => (object?)D("repoWatchers", D("eq", i))).ToList());

        var error = Assert.Throws<FilterError>(() => FilterTranslator.Translate(PackageFilters.Definition, where));

        Assert.Equal(FilterError.TooLargeCode, error.Code);
        Assert.Contains("at most 100", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_filter_of_exactly_100_operator_nodes_is_accepted()
    {
        var where = D("or", Enumerable.Range(0, 99).Select(i => (object?)D("repoWatchers", D("eq", i))).ToList());

        Assert.NotNull(FilterTranslator.Translate(PackageFilters.Definition, where));
    }

    [Fact]
    public void An_in_list_over_1000_values_is_refused()
    {
        var where = D("slug", D("in", Enumerable.Range(0, 1001).Select(i => (object?)("s" + i)).ToList()));

        var error = Assert.Throws<FilterError>(() => FilterTranslator.Translate(PackageFilters.Definition, where));

        Assert.Equal(FilterError.InListTooLongCode, error.Code);
        Assert.Contains("1001", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_null_operand_for_contains_is_refused_with_a_code()
    {
        var error = Assert.Throws<FilterError>(() =>
            FilterTranslator.Translate(PackageFilters.Definition, D("title", D("contains", null))));

        Assert.Equal(FilterError.NullOperandCode, error.Code);
    }

    private static IEnumerable<Grid> Grids(Package package) => package.GridPackages.Select(gp => gp.Grid!);

    private static Dictionary<string, object?> D(params object?[] pairs)
    {
        var dictionary = new Dictionary<string, object?>();
        for (var i = 0; i < pairs.Length; i += 2)
        {
            dictionary[(string)pairs[i]!] = pairs[i + 1];
        }

        return dictionary;
    }

    private static List<object?> L(params object?[] items) => [.. items];
}
