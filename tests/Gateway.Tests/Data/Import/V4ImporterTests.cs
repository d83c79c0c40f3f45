using System.Globalization;
using System.Text.Json.Nodes;
using Gateway.Data;
using Gateway.Data.Import;
using Gateway.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Tests.Data.Import;

public sealed class V4ImporterTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("gateway-v4-");
    private readonly HttpClient _http = new();

    public void Dispose()
    {
        _http.Dispose();
        _folder.Delete(recursive: true);
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Import_keeps_every_field_null_and_character(CatalogueProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var sample = new V4Sample();

        var summary = await ImportAsync(store, sample.WriteTo(Folder("in")));

        Assert.Equal(new ImportSummary(7, 0, 0, 3), summary);
        await using var db = store.CreateContext();
        var packages = await db.Packages.ToDictionaryAsync(p => p.Id);
        foreach (var node in sample.Packages)
        {
            AssertPackage(node!.AsObject(), packages[(int)node["id"]!]);
        }

        var odd = packages[7];
        Assert.Equal("Ñandú for Django <b>&amp;</b> 'friends' \"quoted\" 日本語", odd.Title);
        Assert.Equal("Tabs\tand\nnewlines, emoji 🎉, < & > ' \" \\ /", odd.RepoDescription);
        var nulls = packages[9];
        Assert.Null(nulls.LastUpdated);
        Assert.Null(nulls.LastFetched);
        Assert.Null(nulls.PypiVersion);
        Assert.Null(nulls.DocumentationUrl);
        Assert.Equal("", nulls.RepoUrl);

        var category = await db.Categories.SingleAsync(c => c.Id == 1);
        Assert.Equal("Small <apps> & 'things' — ü", category.Description);
        Assert.Equal(new DateTime(2010, 8, 14, 17, 2, 11, 415, 207, DateTimeKind.Utc), category.Created);
        var grid = await db.Grids.SingleAsync(g => g.Id == 243);
        Assert.Equal(new DateTime(2026, 1, 1, 21, 34, 5, 654, 321, DateTimeKind.Utc), grid.Modified);
        Assert.True(grid.Header);
        Assert.Equal("Ünïcödé grid 🚀", (await db.Grids.SingleAsync(g => g.Id == 12)).Title);

        var members = await db.GridPackages.Where(gp => gp.GridId == 243).OrderBy(gp => gp.Id)
            .Select(gp => gp.PackageId).ToListAsync();
        Assert.Equal([7, 6045], members);
        Assert.Equal(["erikvw", "sfllaw", "JordanReiter"], await LoginsAsync(db, 6045));
        Assert.Equal(3, await db.Participants.CountAsync());
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Import_of_the_demo_catalogue_export_reproduces_it(CatalogueProvider provider)
    {
        await using var demo = await TestStore.CreateDemoAsync(provider);
        await using var target = await TestStore.CreateAsync(provider);
        var offset = TimeSpan.FromHours(-5);
        await using (var db = demo.CreateContext())
        {
            await V4JsonWriter.WriteAsync(db, Folder("demo"), 500, offset);
        }

        var summary = await ImportAsync(target, Folder("demo"));

        await using (var db = target.CreateContext())
        {
            await V4JsonWriter.WriteAsync(db, Folder("again"), 500, offset);
        }

        Assert.Equal(5 + 380 + 5400, summary.Inserted);
        Assert.True(summary.ParticipantsAdded > 10_000);
        AssertSameFiles(Folder("demo"), Folder("again"));
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Import_twice_changes_nothing(CatalogueProvider provider)
    {
        await using var demo = await TestStore.CreateDemoAsync(provider);
        await using var target = await TestStore.CreateAsync(provider);
        await using (var db = demo.CreateContext())
        {
            await V4JsonWriter.WriteAsync(db, Folder("demo"), 1000, TimeSpan.FromHours(2));
        }

        await ImportAsync(target, Folder("demo"));
        var before = await DumpAsync(target);

        var summary = await ImportAsync(target, Folder("demo"));

        Assert.Equal(new ImportSummary(0, 0, 5 + 380 + 5400, 0), summary);
        Assert.Equal(before, await DumpAsync(target));
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Import_of_changed_records_updates_only_them(CatalogueProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var sample = new V4Sample();
        await ImportAsync(store, sample.WriteTo(Folder("first")));
        sample.Package(0)["participants"] = new JsonArray("JordanReiter", "newcomer", "erikvw");
        sample.Package(1)["repo_watchers"] = 43;
        sample.Grids[0]!["packages"] = new JsonArray(V4Sample.Link("packages", 6045), V4Sample.Link("packages", 9));

        var summary = await ImportAsync(store, sample.WriteTo(Folder("second")));

        Assert.Equal(new ImportSummary(0, 3, 4, 1), summary);
        await using var db = store.CreateContext();
        var versions = await db.Packages.OrderBy(p => p.Id).Select(p => p.Version).ToListAsync();
        Assert.Equal([2, 1, 2], versions); // 7 watchers, 9 untouched, 6045 participants
        Assert.Equal(2, (await db.Grids.SingleAsync(g => g.Id == 243)).Version);
        Assert.Equal(1, (await db.Grids.SingleAsync(g => g.Id == 12)).Version);
        Assert.Equal(43, (await db.Packages.SingleAsync(p => p.Id == 7)).RepoWatchers);
        Assert.Equal(["JordanReiter", "newcomer", "erikvw"], await LoginsAsync(db, 6045));
        var members = await db.GridPackages.Where(gp => gp.GridId == 243).OrderBy(gp => gp.Id)
            .Select(gp => gp.PackageId).ToListAsync();
        Assert.Equal([6045, 9], members);
    }

    public static TheoryData<string, CatalogueProvider> BadInputs()
    {
        var data = new TheoryData<string, CatalogueProvider>();
        foreach (var provider in new[] { CatalogueProvider.Sqlite, CatalogueProvider.Postgres })
        {
            foreach (var kind in BadInput.Kinds)
            {
                data.Add(kind, provider);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task Import_of_bad_input_names_file_record_and_field_and_changes_nothing(
        string kind, CatalogueProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var sample = new V4Sample();
        await ImportAsync(store, sample.WriteTo(Folder("good")));
        var before = await DumpAsync(store);
        var bad = BadInput.Make(kind, sample, Folder("bad"));

        var error = await Assert.ThrowsAsync<V4ImportException>(() => ImportAsync(store, Folder("bad")));

        Assert.True(bad.Code == error.Code, $"{bad.Code} expected: {error.Message}");
        Assert.True(error.Origin.EndsWith(bad.File, StringComparison.Ordinal), error.Message);
        Assert.StartsWith(error.Origin, error.Message, StringComparison.Ordinal);
        foreach (var part in bad.MessageParts)
        {
            Assert.True(error.Message.Contains(part, StringComparison.Ordinal), $"\"{part}\" not in: {error.Message}");
        }

        Assert.True(bad.Field == error.Field, $"field {bad.Field} expected: {error.Message}");
        if (bad.Field is not null)
        {
            Assert.Contains($"field \"{bad.Field}\"", error.Message, StringComparison.Ordinal);
        }

        Assert.Equal(before, await DumpAsync(store));
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Import_from_a_v4_url_follows_next_links(CatalogueProvider provider)
    {
        await using var source = await TestStore.CreateAsync(provider);
        await using var target = await TestStore.CreateAsync(provider);
        await ImportAsync(source, new V4Sample().WriteTo(Folder("sample")));
        await using var server = await V4FileServer.StartAsync(Folder("served"));
        await using (var db = source.CreateContext())
        {
            await V4JsonWriter.WriteAsync(db, Folder("served"), 1, TimeSpan.Zero, server.BaseUrl);
        }

        var summary = await store(target).ImportAsync(server.BaseUrl, _http, null, CancellationToken.None);

        Assert.Equal(7, summary.Inserted);
        Assert.True(server.Requests >= 2 + 2 + 3, $"{server.Requests} pages were fetched");
        await using (var db = target.CreateContext())
        {
            await V4JsonWriter.WriteAsync(db, Folder("again"), 1, TimeSpan.Zero, server.BaseUrl);
        }

        AssertSameFiles(Folder("served"), Folder("again"));

        static V4Importer store(TestStore s) => s.Services.GetRequiredService<V4Importer>();
    }

    [Fact]
    public async Task Import_reports_progress_every_500_records()
    {
        await using var demo = await TestStore.CreateDemoAsync(CatalogueProvider.Sqlite);
        await using var target = await TestStore.CreateAsync(CatalogueProvider.Sqlite);
        await using (var db = demo.CreateContext())
        {
            await V4JsonWriter.WriteAsync(db, Folder("demo"), 2000, TimeSpan.Zero);
        }

        var messages = new List<string>();
        await target.Services.GetRequiredService<V4Importer>()
            .ImportAsync(Folder("demo"), _http, messages.Add, CancellationToken.None);

        Assert.Contains("500 of 5785 categories, grids and packages compared", messages);
        Assert.Contains("5785 of 5785 categories, grids and packages compared", messages);
        Assert.Contains(messages, m => m.StartsWith("Read packages-3.json", StringComparison.Ordinal));
    }

    private string Folder(string name) => Path.Combine(_folder.FullName, name);

    private Task<ImportSummary> ImportAsync(TestStore store, string path) =>
        store.Services.GetRequiredService<V4Importer>().ImportAsync(path, _http, null, CancellationToken.None);

    private static async Task<string> DumpAsync(TestStore store)
    {
        await using var db = store.CreateContext();
        return await CatalogueDump.WriteAsync(db);
    }

    private static Task<List<string>> LoginsAsync(CatalogueDbContext db, int packageId) =>
        db.PackageParticipants
            .Where(pp => pp.PackageId == packageId)
            .OrderBy(pp => pp.Position)
            .Select(pp => pp.Participant!.Login)
            .ToListAsync();

    private static void AssertPackage(JsonObject expected, Package actual)
    {
        Assert.Equal((string)expected["title"]!, actual.Title);
        Assert.Equal((string)expected["slug"]!, actual.Slug);
        Assert.Equal(LinkId(expected["category"]!), actual.CategoryId);
        Assert.Equal(Time(expected["last_updated"]), actual.LastUpdated);
        Assert.Equal(Time(expected["last_fetched"]), actual.LastFetched);
        Assert.Equal(Time(expected["created"]), actual.Created);
        Assert.Equal(Time(expected["modified"]), actual.Modified);
        Assert.Equal((string)expected["repo_url"]!, actual.RepoUrl);
        Assert.Equal((string?)expected["pypi_version"], actual.PypiVersion);
        Assert.Equal((int)expected["repo_forks"]!, actual.RepoForks);
        Assert.Equal((string)expected["repo_description"]!, actual.RepoDescription);
        Assert.Equal((string)expected["pypi_url"]!, actual.PypiUrl);
        Assert.Equal((string?)expected["documentation_url"], actual.DocumentationUrl);
        Assert.Equal((int)expected["repo_watchers"]!, actual.RepoWatchers);
        var commits = expected["commits_over_52"]!.AsArray().Select(n => (int)n!).ToList();
        Assert.Equal(commits, actual.CommitsOver52);
        Assert.Equal(commits.Sum(), actual.CommitCount);
        Assert.Equal(1, actual.Version);
    }

    private static int LinkId(JsonNode link) =>
        int.Parse(((string)link!).TrimEnd('/').Split('/')[^1], CultureInfo.InvariantCulture);

    private static DateTime? Time(JsonNode? node) =>
        node is null ? null : DateTimeOffset.Parse((string)node!, CultureInfo.InvariantCulture).UtcDateTime;

    private static void AssertSameFiles(string expected, string actual)
    {
        var names = Directory.GetFiles(expected).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(names, Directory.GetFiles(actual).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        foreach (var name in names)
        {
            Assert.Equal(File.ReadAllText(Path.Combine(expected, name!)), File.ReadAllText(Path.Combine(actual, name!)));
        }
    }
}
