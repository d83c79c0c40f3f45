using System.Text;
using System.Text.Json;
using Gateway.Data;
using Gateway.Tests.Data;

namespace Gateway.Tests.Rest;

/// <summary>
/// The seed record (<see cref="SharedSeed"/>): DRF's browsable page text for package
/// 6045 (description, request line, status, headers, blank line, JSON indented by four spaces).
/// </summary>
internal static class SeedFile
{
    public const string SiteOrigin = "https://djangopackages.org";

    private static readonly Lazy<string> Content = new(() => File.ReadAllText(SharedSeed.MultisitePackagePath).ReplaceLineEndings("\n"));

    /// <summary>The whole text as the site's page shows it.</summary>
    public static string Text => Content.Value;

    /// <summary>The JSON after the headers block, indented as on the page.</summary>
    public static string IndentedJson => Text[(Text.IndexOf("\n\n{", StringComparison.Ordinal) + 2)..].TrimEnd('\n');

    /// <summary>The JSON as the site sends it to an API client: compact, non-ASCII as raw UTF-8.</summary>
    public static byte[] CompactJson(string origin)
    {
        using var document = JsonDocument.Parse(IndentedJson.Replace(SiteOrigin, origin, StringComparison.Ordinal));
        var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions
        {
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }))
        {
            document.WriteTo(writer);
        }

        return buffer.ToArray();
    }

    /// <summary>Writes package 6045, its category, grid and participants, as the seed shows them.</summary>
    public static async Task WriteAsync(CatalogueDbContext db)
    {
        using var document = JsonDocument.Parse(IndentedJson);
        var root = document.RootElement;
        var categoryId = LastId(root.GetProperty("category").GetString()!);
        var created = Time(root.GetProperty("created"))!.Value;
        db.Categories.Add(new Category
        {
            Id = categoryId,
            Title = "App",
            Slug = "apps",
            TitlePlural = "Apps",
            Created = created,
            Modified = created,
        });
        var package = new Package
        {
            Id = root.GetProperty("id").GetInt32(),
            CategoryId = categoryId,
            Title = root.GetProperty("title").GetString()!,
            Slug = root.GetProperty("slug").GetString()!,
            LastUpdated = Time(root.GetProperty("last_updated")),
            LastFetched = Time(root.GetProperty("last_fetched")),
            RepoUrl = root.GetProperty("repo_url").GetString()!,
            PypiVersion = root.GetProperty("pypi_version").GetString(),
            Created = created,
            Modified = Time(root.GetProperty("modified"))!.Value,
            RepoForks = root.GetProperty("repo_forks").GetInt32(),
            RepoDescription = root.GetProperty("repo_description").GetString()!,
            PypiUrl = root.GetProperty("pypi_url").GetString()!,
            DocumentationUrl = root.GetProperty("documentation_url").GetString(),
            RepoWatchers = root.GetProperty("repo_watchers").GetInt32(),
            CommitsOver52 = [.. root.GetProperty("commits_over_52").EnumerateArray().Select(e => e.GetInt32())],
        };
        package.CommitCount = package.CommitsOver52.Sum();
        db.Packages.Add(package);
        foreach (var grid in root.GetProperty("grids").EnumerateArray().Select(g => LastId(g.GetString()!)))
        {
            db.Grids.Add(new Grid
            {
                Id = grid,
                Title = "Grid " + grid,
                Slug = "grid-" + grid,
                Created = created,
                Modified = created,
            });
            db.GridPackages.Add(new GridPackage
            {
                GridId = grid,
                PackageId = package.Id,
                Created = created,
                Modified = created,
            });
        }

        var position = 0;
        foreach (var login in root.GetProperty("participants").EnumerateArray().Select(p => p.GetString()!))
        {
            var participant = new Participant { Login = login };
            db.Participants.Add(participant);
            db.PackageParticipants.Add(new PackageParticipant
            {
                Package = package,
                Participant = participant,
                Position = position++,
            });
        }

        await db.SaveChangesAsync();
    }

    private static DateTime? Time(JsonElement element) =>
        element.ValueKind == JsonValueKind.Null ? null : DateTimeOffset.Parse(
            element.GetString()!, System.Globalization.CultureInfo.InvariantCulture).UtcDateTime;

    private static int LastId(string url) =>
        int.Parse(url.TrimEnd('/').Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>UTF-8 without a byte order mark.</summary>
    public static readonly Encoding Utf8 = new UTF8Encoding(false);
}
