using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Gateway.Data;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Tests.Data.Import;

/// <summary>
/// Writes a store's catalogue as djangopackages.org API v4 list pages (<c>categories-1.json</c>,
/// <c>grids-1.json</c>, ..., <c>packages-N.json</c>), times in a chosen UTC offset as Python's isoformat
/// writes them. A test and benchmark helper: the dump the importer reads.
/// </summary>
public static class V4JsonWriter
{
    public const string BaseUrl = "https://djangopackages.org/api/v4/";

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static async Task WriteAsync(
        CatalogueDbContext db, string folder, int pageSize, TimeSpan offset, string baseUrl = BaseUrl)
    {
        Directory.CreateDirectory(folder);
        var categories = await db.Categories.OrderBy(c => c.Id).ToListAsync();
        var grids = await db.Grids.OrderBy(g => g.Id).ToListAsync();
        var packages = await db.Packages.OrderBy(p => p.Id).ToListAsync();
        var members = await db.GridPackages.OrderBy(gp => gp.Id).ToListAsync();
        var logins = await db.Participants.ToDictionaryAsync(p => p.Id, p => p.Login);
        var lists = (await db.PackageParticipants.ToListAsync()).ToLookup(pp => pp.PackageId);
        var packagesByGrid = members.ToLookup(m => m.GridId, m => m.PackageId);
        var gridsByPackage = members.ToLookup(m => m.PackageId, m => m.GridId);

        WritePages(folder, baseUrl, "categories", categories, pageSize, (w, c) => Category(w, c, offset));
        WritePages(folder, baseUrl, "grids", grids, pageSize,
            (w, g) => Grid(w, baseUrl, g, packagesByGrid[g.Id], offset));
        WritePages(folder, baseUrl, "packages", packages, pageSize, (w, p) => Package(
            w,
            baseUrl,
            p,
            gridsByPackage[p.Id],
            lists[p.Id].OrderBy(pp => pp.Position).Select(pp => logins[pp.ParticipantId]),
            offset));
    }

    /// <summary>Python's <c>datetime.isoformat()</c>: no fraction when it is zero, else six digits.</summary>
    public static string IsoFormat(DateTime utc, TimeSpan offset)
    {
        var local = new DateTimeOffset(utc, TimeSpan.Zero).ToOffset(offset);
        var format = local.Ticks % TimeSpan.TicksPerSecond == 0
            ? "yyyy-MM-dd'T'HH:mm:sszzz"
            : "yyyy-MM-dd'T'HH:mm:ss.ffffffzzz";
        return local.ToString(format, CultureInfo.InvariantCulture);
    }

    private static void WritePages<T>(
        string folder, string baseUrl, string collection, List<T> rows, int pageSize, Action<Utf8JsonWriter, T> write)
    {
        var pages = Math.Max(1, (rows.Count + pageSize - 1) / pageSize);
        for (var page = 1; page <= pages; page++)
        {
            var path = Path.Combine(folder, $"{collection}-{page.ToString(CultureInfo.InvariantCulture)}.json");
            using var stream = File.Create(path);
            using var writer = new Utf8JsonWriter(stream, Options);
            writer.WriteStartObject();
            writer.WriteNumber("count", rows.Count);
            PageLink(writer, baseUrl, "next", collection, page < pages ? page + 1 : null);
            PageLink(writer, baseUrl, "previous", collection, page > 1 ? page - 1 : null);
            writer.WriteStartArray("results");
            foreach (var row in rows.Skip((page - 1) * pageSize).Take(pageSize))
            {
                write(writer, row);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }
    }

    private static void PageLink(Utf8JsonWriter writer, string baseUrl, string name, string collection, int? page)
    {
        if (page is null)
        {
            writer.WriteNull(name);
            return;
        }

        writer.WriteString(name, $"{baseUrl}{collection}/?page={page.Value.ToString(CultureInfo.InvariantCulture)}");
    }

    private static void Category(Utf8JsonWriter w, Category c, TimeSpan offset)
    {
        w.WriteStartObject();
        w.WriteNumber("id", c.Id);
        w.WriteString("title", c.Title);
        w.WriteString("slug", c.Slug);
        w.WriteString("description", c.Description);
        w.WriteString("title_plural", c.TitlePlural);
        w.WriteBoolean("show_pypi", c.ShowPypi);
        w.WriteString("created", IsoFormat(c.Created, offset));
        w.WriteString("modified", IsoFormat(c.Modified, offset));
        w.WriteEndObject();
    }

    private static void Grid(Utf8JsonWriter w, string baseUrl, Grid g, IEnumerable<int> packageIds, TimeSpan offset)
    {
        w.WriteStartObject();
        w.WriteNumber("id", g.Id);
        w.WriteString("title", g.Title);
        w.WriteString("slug", g.Slug);
        w.WriteString("description", g.Description);
        w.WriteBoolean("is_locked", g.IsLocked);
        w.WriteStartArray("packages");
        foreach (var id in packageIds)
        {
            w.WriteStringValue($"{baseUrl}packages/{id.ToString(CultureInfo.InvariantCulture)}/");
        }

        w.WriteEndArray();
        w.WriteBoolean("header", g.Header);
        w.WriteString("created", IsoFormat(g.Created, offset));
        w.WriteString("modified", IsoFormat(g.Modified, offset));
        w.WriteEndObject();
    }

    private static void Package(
        Utf8JsonWriter w,
        string baseUrl,
        Package p,
        IEnumerable<int> gridIds,
        IEnumerable<string> participants,
        TimeSpan offset)
    {
        w.WriteStartObject();
        w.WriteString("category", $"{baseUrl}categories/{p.CategoryId.ToString(CultureInfo.InvariantCulture)}/");
        w.WriteStartArray("grids");
        foreach (var id in gridIds)
        {
            w.WriteStringValue($"{baseUrl}grids/{id.ToString(CultureInfo.InvariantCulture)}/");
        }

        w.WriteEndArray();
        w.WriteNumber("id", p.Id);
        w.WriteString("title", p.Title);
        w.WriteString("slug", p.Slug);
        NullableTime(w, "last_updated", p.LastUpdated, offset);
        NullableTime(w, "last_fetched", p.LastFetched, offset);
        w.WriteString("repo_url", p.RepoUrl);
        w.WriteString("pypi_version", p.PypiVersion);
        w.WriteString("created", IsoFormat(p.Created, offset));
        w.WriteString("modified", IsoFormat(p.Modified, offset));
        w.WriteNumber("repo_forks", p.RepoForks);
        w.WriteString("repo_description", p.RepoDescription);
        w.WriteString("pypi_url", p.PypiUrl);
        w.WriteString("documentation_url", p.DocumentationUrl);
        w.WriteNumber("repo_watchers", p.RepoWatchers);
        w.WriteStartArray("commits_over_52");
        p.CommitsOver52.ForEach(w.WriteNumberValue);
        w.WriteEndArray();
        w.WriteStartArray("participants");
        foreach (var login in participants)
        {
            w.WriteStringValue(login);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void NullableTime(Utf8JsonWriter w, string name, DateTime? value, TimeSpan offset)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, IsoFormat(value.Value, offset));
        }
    }
}
