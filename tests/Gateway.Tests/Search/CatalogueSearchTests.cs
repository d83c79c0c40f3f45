using Gateway.Data;
using Gateway.Search;
using Gateway.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Tests.Search;

public sealed class CatalogueSearchTests
{
    // Expected for "django rest": score (title 4 + slug 2 + description 1), then stars, packages first.
    private static readonly string[] RankedForDjangoRest =
        ["p-4", "p-1", "g-1", "p-2", "p-6", "p-3", "g-2", "p-7"];

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Search_ranks_by_fields_matched_then_stars_on_both_stores(CatalogueProvider provider)
    {
        await using var store = await CreateAsync(provider);
        var search = store.Services.GetRequiredService<CatalogueSearch>();

        var page = await search.SearchAsync("Django REST", 20, null, CancellationToken.None);

        Assert.Equal(RankedForDjangoRest, page.Hits.Select(Name));
        Assert.Equal([7, 6, 4, 4, 4, 1, 1, 0], page.Hits.Select(h => h.Score));
        Assert.Equal(1010, page.Hits.Single(h => Name(h) == "g-1").Stars);
        Assert.IsType<Grid>(page.Hits.Single(h => Name(h) == "g-1").Node);
        Assert.False(page.HasNextPage);
        Assert.Equal(8, await search.CountAsync("django rest", CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Search_pages_walk_every_hit_once_in_rank_order(CatalogueProvider provider)
    {
        await using var store = await CreateAsync(provider);
        var search = store.Services.GetRequiredService<CatalogueSearch>();
        var seen = new List<string>();
        string? after = null;
        var pages = 0;

        do
        {
            var page = await search.SearchAsync("django rest", 3, after, CancellationToken.None);
            seen.AddRange(page.Hits.Select(Name));
            after = page.HasNextPage ? page.EndCursor : null;
            pages++;
        }
        while (after is not null);

        Assert.Equal(RankedForDjangoRest, seen);
        Assert.Equal(3, pages);
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Search_syntax_in_user_text_is_searched_as_words_never_as_operators(CatalogueProvider provider)
    {
        await using var store = await CreateAsync(provider);
        var search = store.Services.GetRequiredService<CatalogueSearch>();
        var plain = Names(await search.SearchAsync("django rest", 20, null, CancellationToken.None));
        string[] sameWords =
        [
            "\"django\" \"rest\"", "django* rest*", "-django rest", "(django) ^rest",
            "django\" rest", "'django' 'rest'", "django:* & rest", "{django} rest",
            "DJANGO + REST", "django\u00a0rest", "django\trest\n",
        ];

        // Each of these is either no word at all or holds a word no row has ("near", "or", "title", ...).
        string[] nothing =
        [
            "", "   ", "\"", "*", "-", "!!!", "NEAR", "NEAR(django rest)", "django OR tastypie", "django NOT rest",
            "django AND rest", "title:django rest", "'; DROP TABLE packages; --", "\\", "%", "_",
        ];

        foreach (var text in sameWords)
        {
            var names = Names(await search.SearchAsync(text, 20, null, CancellationToken.None));
            Assert.True(plain.SequenceEqual(names), $"'{text}' gave [{string.Join(',', names)}]");
        }

        foreach (var text in nothing)
        {
            var names = Names(await search.SearchAsync(text, 20, null, CancellationToken.None));
            Assert.True(names.Count == 0, $"'{text}' gave [{string.Join(',', names)}]");
        }

        await using var db = store.CreateContext();
        Assert.Equal(8, await db.Packages.CountAsync());
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Search_folds_case_of_any_script_but_keeps_diacritics(CatalogueProvider provider)
    {
        await using var store = await CreateAsync(provider);
        var search = store.Services.GetRequiredService<CatalogueSearch>();

        Assert.Equal(["p-8"], Names(await search.SearchAsync("ÜNÏCODE", 20, null, CancellationToken.None)));
        Assert.Equal(["p-8"], Names(await search.SearchAsync("σίσυφος", 20, null, CancellationToken.None)));
        Assert.Empty((await search.SearchAsync("unicode", 20, null, CancellationToken.None)).Hits);
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Search_sees_edits_and_deletions(CatalogueProvider provider)
    {
        await using var store = await CreateAsync(provider);
        var search = store.Services.GetRequiredService<CatalogueSearch>();
        await using (var db = store.CreateContext())
        {
            await db.Packages.Where(p => p.Id == 5).ExecuteUpdateAsync(s => s.SetProperty(p => p.Title, "Quokka"));
            await db.Grids.Where(g => g.Id == 2).ExecuteDeleteAsync();
        }

        Assert.Equal(["p-5"], Names(await search.SearchAsync("quokka", 20, null, CancellationToken.None)));
        Assert.DoesNotContain("g-2", Names(await search.SearchAsync("django rest", 20, null, CancellationToken.None)));
    }

    [Fact]
    public async Task Search_refuses_a_foreign_cursor_with_a_code()
    {
        await using var store = await CreateAsync(CatalogueProvider.Sqlite);
        var search = store.Services.GetRequiredService<CatalogueSearch>();

        var error = await Assert.ThrowsAsync<GraphQL.ExecutionError>(
            () => search.SearchAsync("django", 5, "bm90LWEtY3Vyc29y", CancellationToken.None));

        Assert.Equal("SEARCH_CURSOR_INVALID", error.Code);
    }

    private static string Name(SearchHit hit) => (hit.Kind == SearchResultKind.Package ? "p-" : "g-") + hit.Id;

    private static List<string> Names(SearchPage page) => [.. page.Hits.Select(Name)];

    private static async Task<TestStore> CreateAsync(CatalogueProvider provider)
    {
        var store = await TestStore.CreateAsync(provider);
        var now = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        await using var db = store.CreateContext();
        db.Categories.Add(new Category { Id = 1, Title = "Apps", Slug = "apps", Created = now, Modified = now });
        Package P(int id, string title, string slug, string description, int stars) => new()
        {
            Id = id,
            Title = title,
            Slug = slug,
            RepoDescription = description,
            RepoWatchers = stars,
            CategoryId = 1,
            Created = now,
            Modified = now,
        };
        db.Packages.AddRange(
            P(1, "Django REST framework", "django-rest-framework", "Web APIs", 10),
            P(2, "Django REST tools", "rest-tools", "for django", 500),
            P(3, "Tastypie", "django-tastypie", "REST APIs for Django", 1000),
            P(4, "Django rest", "x-django-rest", "Django rest", 1),
            P(5, "Django", "django", "web framework", 9000),
            P(6, "rest django", "rd", "", 10),
            P(7, "RESTful Django", "restful", "a rest API", 50),
            P(8, "Ünïcode Ärger", "u-a", "ΣΊΣΥΦΟΣ", 3));
        await db.SaveChangesAsync();
        db.Packages.Remove(await db.Packages.AsTracking().SingleAsync(p => p.Id == 8));
        await db.SaveChangesAsync();
        db.Packages.Add(P(8, "Ünïcode Ärger", "u-a", "ΣΊΣΥΦΟΣ", 3));
        db.Grids.AddRange(
            new Grid { Id = 1, Title = "REST frameworks for Django", Slug = "rest-frameworks", Created = now, Modified = now },
            new Grid { Id = 2, Title = "Other", Slug = "other", Description = "django rest stuff", Created = now, Modified = now });
        db.GridPackages.AddRange(
            new GridPackage { GridId = 1, PackageId = 1, Created = now, Modified = now },
            new GridPackage { GridId = 1, PackageId = 3, Created = now, Modified = now });
        await db.SaveChangesAsync();
        return store;
    }
}
