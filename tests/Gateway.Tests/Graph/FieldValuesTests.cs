using System.Globalization;
using System.Text.Json;
using Gateway.Data;
using Gateway.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Tests.Graph;

/// <summary>Every field of every type answers the stored value, read from the demo catalogue over HTTP.</summary>
public sealed class FieldValuesTests : IAsyncLifetime
{
    private TestStore store = null!;
    private GatewayFactory factory = null!;
    private GraphClient client = null!;

    public async Task InitializeAsync()
    {
        store = await TestStore.CreateDemoAsync(CatalogueProvider.Sqlite);
        factory = new GatewayFactory(store);
        client = new GraphClient(factory.CreateClient());
    }

    public async Task DisposeAsync()
    {
        await factory.DisposeAsync();
        await store.DisposeAsync();
    }

    [Fact]
    public async Task Package_fields_answer_the_stored_values()
    {
        await using var db = store.CreateContext();
        var stored = await db.Packages
            .Where(p => p.DeprecatedById != null && p.LastUpdated != null)
            .OrderBy(p => p.Id)
            .FirstAsync();

        var data = await client.DataAsync("""
            query ($slug: String!) {
              package(slug: $slug) {
                id databaseId version title slug repoUrl repoDescription repoWatchers repoForks pypiUrl
                pypiVersion documentationUrl lastUpdated lastFetched created modified commitsOver52
                pypiDownloads pypiLicense pypiRequiresPython supportsPython3 commitCount score dateDeprecated
                category { databaseId } deprecatedBy { databaseId }
                grids(first: 100) { totalCount nodes { databaseId } }
                participants(first: 100) { totalCount nodes { databaseId } }
              }
            }
            """, new { slug = stored.Slug });
        var p = data.GetProperty("package");

        Assert.Equal(GlobalId("Package", stored.Id), p.GetProperty("id").GetString());
        Assert.Equal(stored.Id, p.GetProperty("databaseId").GetInt32());
        Assert.Equal(stored.Version, p.GetProperty("version").GetInt32());
        Assert.Equal(stored.Title, p.GetProperty("title").GetString());
        Assert.Equal(stored.Slug, p.GetProperty("slug").GetString());
        Assert.Equal(stored.RepoUrl, p.GetProperty("repoUrl").GetString());
        Assert.Equal(stored.RepoDescription, p.GetProperty("repoDescription").GetString());
        Assert.Equal(stored.RepoWatchers, p.GetProperty("repoWatchers").GetInt32());
        Assert.Equal(stored.RepoForks, p.GetProperty("repoForks").GetInt32());
        Assert.Equal(stored.PypiUrl, p.GetProperty("pypiUrl").GetString());
        Assert.Equal(stored.PypiVersion, p.GetProperty("pypiVersion").GetString());
        Assert.Equal(stored.DocumentationUrl, p.GetProperty("documentationUrl").GetString());
        AssertTime(stored.LastUpdated, p.GetProperty("lastUpdated"));
        AssertTime(stored.LastFetched, p.GetProperty("lastFetched"));
        AssertTime(stored.Created, p.GetProperty("created"));
        AssertTime(stored.Modified, p.GetProperty("modified"));
        Assert.Equal(stored.CommitsOver52, p.GetProperty("commitsOver52").EnumerateArray().Select(w => w.GetInt32()));
        Assert.Equal(stored.PypiDownloads, p.GetProperty("pypiDownloads").GetInt32());
        Assert.Equal(stored.PypiLicense, p.GetProperty("pypiLicense").GetString());
        Assert.Equal(stored.PypiRequiresPython, p.GetProperty("pypiRequiresPython").GetString());
        Assert.Equal(stored.SupportsPython3, Nullable(p.GetProperty("supportsPython3"), e => e.GetBoolean()));
        Assert.Equal(stored.CommitCount, p.GetProperty("commitCount").GetInt32());
        Assert.Equal(stored.Score, p.GetProperty("score").GetInt32());
        AssertTime(stored.DateDeprecated, p.GetProperty("dateDeprecated"));
        Assert.Equal(stored.CategoryId, p.GetProperty("category").GetProperty("databaseId").GetInt32());
        Assert.Equal(stored.DeprecatedById, p.GetProperty("deprecatedBy").GetProperty("databaseId").GetInt32());
        var grids = await db.GridPackages.Where(gp => gp.PackageId == stored.Id).OrderBy(gp => gp.Id)
            .Select(gp => gp.GridId).ToListAsync();
        Assert.Equal(grids, Ids(p.GetProperty("grids")));
        Assert.Equal(grids.Count, p.GetProperty("grids").GetProperty("totalCount").GetInt32());
        var people = await db.PackageParticipants.Where(pp => pp.PackageId == stored.Id).OrderBy(pp => pp.Position)
            .Select(pp => pp.ParticipantId).ToListAsync();
        Assert.Equal(people, Ids(p.GetProperty("participants")));
    }

    [Fact]
    public async Task Category_fields_answer_the_stored_values()
    {
        await using var db = store.CreateContext();
        var stored = await db.Categories.OrderBy(c => c.Id).FirstAsync();

        var data = await client.DataAsync("""
            query ($slug: String!) {
              category(slug: $slug) {
                id databaseId version title slug description titlePlural showPypi created modified
                packages(first: 100) { totalCount nodes { databaseId } }
              }
            }
            """, new { slug = stored.Slug });
        var c = data.GetProperty("category");

        Assert.Equal(GlobalId("Category", stored.Id), c.GetProperty("id").GetString());
        Assert.Equal(stored.Id, c.GetProperty("databaseId").GetInt32());
        Assert.Equal(stored.Version, c.GetProperty("version").GetInt32());
        Assert.Equal(stored.Title, c.GetProperty("title").GetString());
        Assert.Equal(stored.Slug, c.GetProperty("slug").GetString());
        Assert.Equal(stored.Description, c.GetProperty("description").GetString());
        Assert.Equal(stored.TitlePlural, c.GetProperty("titlePlural").GetString());
        Assert.Equal(stored.ShowPypi, c.GetProperty("showPypi").GetBoolean());
        AssertTime(stored.Created, c.GetProperty("created"));
        AssertTime(stored.Modified, c.GetProperty("modified"));
        var packages = await db.Packages.Where(p => p.CategoryId == stored.Id).OrderBy(p => p.Id)
            .Select(p => p.Id).ToListAsync();
        Assert.Equal(packages.Take(100), Ids(c.GetProperty("packages")));
        Assert.Equal(packages.Count, c.GetProperty("packages").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Grid_feature_and_element_fields_answer_the_stored_values()
    {
        await using var db = store.CreateContext();
        var element = await db.Elements.OrderBy(e => e.Id).FirstAsync();
        var feature = await db.Features.SingleAsync(f => f.Id == element.FeatureId);
        var stored = await db.Grids.SingleAsync(g => g.Id == feature.GridId);

        var data = await client.DataAsync("""
            query ($slug: String!) {
              grid(slug: $slug) {
                id databaseId version title slug description isLocked header created modified
                packages(first: 100) { totalCount nodes { databaseId } }
                features(first: 100) {
                  totalCount
                  nodes {
                    id databaseId version title description created modified grid { databaseId }
                    elements { id databaseId version text created modified feature { databaseId } package { databaseId } }
                  }
                }
              }
            }
            """, new { slug = stored.Slug });
        var g = data.GetProperty("grid");

        Assert.Equal(GlobalId("Grid", stored.Id), g.GetProperty("id").GetString());
        Assert.Equal(stored.Id, g.GetProperty("databaseId").GetInt32());
        Assert.Equal(stored.Version, g.GetProperty("version").GetInt32());
        Assert.Equal(stored.Title, g.GetProperty("title").GetString());
        Assert.Equal(stored.Slug, g.GetProperty("slug").GetString());
        Assert.Equal(stored.Description, g.GetProperty("description").GetString());
        Assert.Equal(stored.IsLocked, g.GetProperty("isLocked").GetBoolean());
        Assert.Equal(stored.Header, g.GetProperty("header").GetBoolean());
        AssertTime(stored.Created, g.GetProperty("created"));
        AssertTime(stored.Modified, g.GetProperty("modified"));
        var packages = await db.GridPackages.Where(gp => gp.GridId == stored.Id).OrderBy(gp => gp.Id)
            .Select(gp => gp.PackageId).ToListAsync();
        Assert.Equal(packages.Take(100), Ids(g.GetProperty("packages")));
        var features = await db.Features.Where(f => f.GridId == stored.Id).OrderBy(f => f.Id)
            .Select(f => f.Id).ToListAsync();
        Assert.Equal(features.Take(100), Ids(g.GetProperty("features")));

        var f = g.GetProperty("features").GetProperty("nodes").EnumerateArray()
            .Single(n => n.GetProperty("databaseId").GetInt32() == feature.Id);
        Assert.Equal(GlobalId("Feature", feature.Id), f.GetProperty("id").GetString());
        Assert.Equal(feature.Version, f.GetProperty("version").GetInt32());
        Assert.Equal(feature.Title, f.GetProperty("title").GetString());
        Assert.Equal(feature.Description, f.GetProperty("description").GetString());
        AssertTime(feature.Created, f.GetProperty("created"));
        AssertTime(feature.Modified, f.GetProperty("modified"));
        Assert.Equal(stored.Id, f.GetProperty("grid").GetProperty("databaseId").GetInt32());
        var cells = await db.Elements.Where(e => e.FeatureId == feature.Id).Select(e => e.Id).ToListAsync();
        Assert.Equal(cells.Order(), f.GetProperty("elements").EnumerateArray()
            .Select(e => e.GetProperty("databaseId").GetInt32()).Order());

        var e = f.GetProperty("elements").EnumerateArray()
            .Single(n => n.GetProperty("databaseId").GetInt32() == element.Id);
        Assert.Equal(GlobalId("Element", element.Id), e.GetProperty("id").GetString());
        Assert.Equal(element.Version, e.GetProperty("version").GetInt32());
        Assert.Equal(element.Text, e.GetProperty("text").GetString());
        AssertTime(element.Created, e.GetProperty("created"));
        AssertTime(element.Modified, e.GetProperty("modified"));
        Assert.Equal(feature.Id, e.GetProperty("feature").GetProperty("databaseId").GetInt32());
        Assert.Equal(element.PackageId, e.GetProperty("package").GetProperty("databaseId").GetInt32());
    }

    [Fact]
    public async Task Participant_fields_answer_the_stored_values()
    {
        await using var db = store.CreateContext();
        var stored = await db.Participants.OrderByDescending(p => p.PackageParticipants.Count).FirstAsync();

        var data = await client.DataAsync("""
            query ($login: String!) {
              participant(login: $login) { id databaseId login packages(first: 100) { totalCount nodes { databaseId } } }
            }
            """, new { login = stored.Login });
        var p = data.GetProperty("participant");

        Assert.Equal(GlobalId("Participant", stored.Id), p.GetProperty("id").GetString());
        Assert.Equal(stored.Id, p.GetProperty("databaseId").GetInt32());
        Assert.Equal(stored.Login, p.GetProperty("login").GetString());
        var packages = await db.PackageParticipants.Where(pp => pp.ParticipantId == stored.Id)
            .OrderBy(pp => pp.PackageId).Select(pp => pp.PackageId).ToListAsync();
        Assert.Equal(packages.Take(100), Ids(p.GetProperty("packages")));
        Assert.Equal(packages.Count, p.GetProperty("packages").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Unknown_slug_or_login_is_null_not_an_error()
    {
        var data = await client.DataAsync("""
            { package(slug: "no-such") { id } category(slug: "no-such") { id } grid(slug: "no-such") { id }
              participant(login: "no-such") { id } }
            """);

        foreach (var field in new[] { "package", "category", "grid", "participant" })
        {
            Assert.Equal(JsonValueKind.Null, data.GetProperty(field).ValueKind);
        }
    }

    private static void AssertTime(DateTime? stored, JsonElement answered)
    {
        if (stored is null)
        {
            Assert.Equal(JsonValueKind.Null, answered.ValueKind);
            return;
        }

        var text = answered.GetString()!;
        Assert.EndsWith("+00:00", text, StringComparison.Ordinal);
        var parsed = DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);
        Assert.Equal(stored.Value, parsed.UtcDateTime);
    }

    private static T? Nullable<T>(JsonElement element, Func<JsonElement, T> read)
        where T : struct => element.ValueKind == JsonValueKind.Null ? null : read(element);

    private static List<int> Ids(JsonElement connection) => connection.GetProperty("nodes").EnumerateArray()
        .Select(n => n.GetProperty("databaseId").GetInt32()).ToList();

    private static string GlobalId(string type, int id) => Gateway.Relay.GlobalId.Encode(type, id);
}
