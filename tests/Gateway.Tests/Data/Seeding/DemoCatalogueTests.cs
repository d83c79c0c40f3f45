using System.Globalization;
using System.Text.Json;
using Gateway.Data;
using Gateway.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Tests.Data.Seeding;

public sealed class DemoCatalogueTests
{
    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Seed_into_two_stores_gives_identical_rows(CatalogueProvider provider)
    {
        var dumps = new List<string>();
        for (var run = 0; run < 2; run++)
        {
            await using var store = await TestStore.CreateAsync(provider);
            Assert.True(await store.Services.GetRequiredService<CatalogueInitializer>()
                .SeedIfEmptyAsync(CancellationToken.None));
            await using var db = store.CreateContext();
            dumps.Add(await CatalogueDump.WriteAsync(db));
        }

        Assert.True(dumps[0].Length > 1_000_000, "the dump holds the whole catalogue");
        Assert.Equal(dumps[0], dumps[1]);
    }

    [Fact]
    public async Task Seed_gives_the_same_rows_on_sqlite_and_postgres()
    {
        await using var sqlite = await TestStore.CreateDemoAsync(CatalogueProvider.Sqlite);
        await using var postgres = await TestStore.CreateDemoAsync(CatalogueProvider.Postgres);
        await using var a = sqlite.CreateContext();
        await using var b = postgres.CreateContext();

        Assert.Equal(await CatalogueDump.WriteAsync(a), await CatalogueDump.WriteAsync(b));
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Seed_holds_django_multisite2_exactly_as_the_seed_file(CatalogueProvider provider)
    {
        using var file = SharedSeed.MultisitePackage();
        var expected = file.RootElement;
        await using var store = await TestStore.CreateDemoAsync(provider);
        await using var db = store.CreateContext();

        var package = await db.Packages.SingleAsync(p => p.Id == expected.GetProperty("id").GetInt32());
        Assert.Equal(6045, package.Id);
        Assert.Equal(LinkId(expected.GetProperty("category")), package.CategoryId);
        Assert.Equal(1, package.CategoryId);
        Assert.Equal(expected.GetProperty("title").GetString(), package.Title);
        Assert.Equal(expected.GetProperty("slug").GetString(), package.Slug);
        Assert.Equal(Time(expected, "last_updated"), package.LastUpdated);
        Assert.Equal(Time(expected, "last_fetched"), package.LastFetched);
        Assert.Equal(Time(expected, "created"), package.Created);
        Assert.Equal(Time(expected, "modified"), package.Modified);
        Assert.Equal(expected.GetProperty("repo_url").GetString(), package.RepoUrl);
        Assert.Equal(expected.GetProperty("pypi_version").GetString(), package.PypiVersion);
        Assert.Equal(expected.GetProperty("repo_forks").GetInt32(), package.RepoForks);
        Assert.Equal(expected.GetProperty("repo_description").GetString(), package.RepoDescription);
        Assert.Equal(expected.GetProperty("pypi_url").GetString(), package.PypiUrl);
        Assert.Equal(expected.GetProperty("documentation_url").GetString(), package.DocumentationUrl);
        Assert.Equal(expected.GetProperty("repo_watchers").GetInt32(), package.RepoWatchers);
        var commits = expected.GetProperty("commits_over_52").EnumerateArray().Select(e => e.GetInt32()).ToList();
        Assert.Equal(commits, package.CommitsOver52);
        Assert.Equal(commits.Sum(), package.CommitCount);

        var grids = await db.GridPackages.Where(gp => gp.PackageId == 6045).Select(gp => gp.GridId).ToListAsync();
        Assert.Equal(expected.GetProperty("grids").EnumerateArray().Select(LinkId), grids);
        Assert.Equal([243], grids);

        var logins = await db.PackageParticipants
            .Where(pp => pp.PackageId == 6045)
            .OrderBy(pp => pp.Position)
            .Select(pp => pp.Participant!.Login)
            .ToListAsync();
        Assert.Equal(expected.GetProperty("participants").EnumerateArray().Select(e => e.GetString()), logins);
    }

    [Fact]
    public void Seed_timestamps_of_django_multisite2_are_the_files_converted_to_utc()
    {
        var package = Gateway.Data.Seeding.DemoCatalogue.Build().Packages.Single(p => p.Id == 6045);

        // 2025-01-22T11:06:06.693138-05:00 in New York is 16:06:06.693138 UTC.
        Assert.Equal(new DateTime(2025, 1, 22, 16, 6, 6, 693, 138, DateTimeKind.Utc), package.Created);
        Assert.Equal(new DateTime(2025, 11, 12, 4, 28, 5, DateTimeKind.Utc), package.LastUpdated);
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Seed_has_the_sites_scale_and_shape(CatalogueProvider provider)
    {
        await using var store = await TestStore.CreateDemoAsync(provider);
        await using var db = store.CreateContext();

        Assert.InRange(await db.Packages.CountAsync(), 5_200, 5_600);
        Assert.InRange(await db.Packages.MaxAsync(p => p.Id), 6_045, 6_600);
        Assert.InRange(await db.Grids.CountAsync(), 360, 400);
        Assert.InRange(await db.Grids.MaxAsync(g => g.Id), 243, 400);
        Assert.Equal([1, 2, 3, 4, 5], await db.Categories.OrderBy(c => c.Id).Select(c => c.Id).ToListAsync());

        var perGrid = await db.Features.GroupBy(f => f.GridId).Select(g => g.Count()).ToListAsync();
        Assert.Equal(await db.Grids.CountAsync(), perGrid.Count);
        Assert.InRange(perGrid.Min(), 2, 4);
        Assert.InRange(perGrid.Max(), 12, 15);
        Assert.True(await db.Elements.CountAsync() > 10_000);
        Assert.True(await db.Elements.AnyAsync(e => e.Text == ""));

        var packages = await db.Packages.ToListAsync();
        Assert.Contains(packages, p => p.LastUpdated == null);
        Assert.Contains(packages, p => p.LastFetched == null);
        Assert.Contains(packages, p => p.PypiVersion == null);
        Assert.Contains(packages, p => p.DocumentationUrl == null);
        Assert.Contains(packages, p => p.RepoUrl.Length == 0);
        Assert.Contains(packages, p => p.PypiUrl.Length == 0);
        Assert.Contains(packages, p => p.Slug.StartsWith("drf-", StringComparison.Ordinal));
        Assert.Contains(packages, p => p.Slug.EndsWith("-django", StringComparison.Ordinal));
        Assert.Contains(packages, p => p.RepoDescription.Contains('<') && p.RepoDescription.Contains('&'));
        Assert.Contains(packages, p => p.RepoDescription.Contains('\''));
        Assert.Contains(packages, p => p.Title.Any(c => c > 127));
        Assert.All(packages, p => Assert.Equal(52, p.CommitsOver52.Count));
        Assert.All(packages, p => Assert.Equal(p.CommitsOver52.Sum(), p.CommitCount));
        Assert.Contains(packages, p => p.CommitCount > 0);
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Seed_participants_are_many_and_skewed(CatalogueProvider provider)
    {
        await using var store = await TestStore.CreateDemoAsync(provider);
        await using var db = store.CreateContext();

        var perLogin = await db.PackageParticipants
            .GroupBy(pp => pp.ParticipantId)
            .Select(g => g.Count())
            .ToListAsync();
        Assert.True(await db.Participants.CountAsync() > 10_000);
        Assert.Equal(await db.Participants.CountAsync(), perLogin.Count);
        Assert.InRange(perLogin.Count(n => n >= 100), 3, 60);
        Assert.True(perLogin.Max() >= 200, $"the busiest login is in {perLogin.Max()} packages");
        Assert.True(perLogin.Count(n => n == 1) > perLogin.Count / 2, "most logins are in one package");
    }

    private static int LinkId(JsonElement link) =>
        int.Parse(link.GetString()!.TrimEnd('/').Split('/')[^1], CultureInfo.InvariantCulture);

    private static DateTime? Time(JsonElement record, string field) =>
        record.GetProperty(field).GetString() is { } text
            ? DateTimeOffset.Parse(text, CultureInfo.InvariantCulture).UtcDateTime
            : null;
}
