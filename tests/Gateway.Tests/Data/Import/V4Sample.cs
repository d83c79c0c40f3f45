using System.Text.Json;
using System.Text.Json.Nodes;

namespace Gateway.Tests.Data.Import;

/// <summary>
/// A small v4 dump written by a test: two categories (a JSON array), two grids (one list page) and three
/// packages over two list pages, with every field, nulls, unicode and characters that need escaping.
/// Tests change the nodes before <see cref="WriteTo"/> to make bad input.
/// </summary>
public sealed class V4Sample
{
    public const string Base = "https://djangopackages.org/api/v4/";

    public JsonArray Categories { get; } =
    [
        new JsonObject
        {
            ["id"] = 1, ["title"] = "App", ["slug"] = "apps",
            ["description"] = "Small <apps> & 'things' — ü", ["title_plural"] = "Apps", ["show_pypi"] = true,
            ["created"] = "2010-08-14T13:02:11.415207-04:00", ["modified"] = "2024-03-01T09:00:00+00:00",
        },
        new JsonObject
        {
            ["id"] = 4, ["title"] = "Other", ["slug"] = "other", ["description"] = "",
            ["title_plural"] = "Other", ["show_pypi"] = false,
            ["created"] = "2011-01-01T00:00:00Z", ["modified"] = "2011-01-01T00:00:00.000001Z",
        },
    ];

    public JsonArray Grids { get; } =
    [
        new JsonObject
        {
            ["id"] = 243, ["title"] = "Multi-Site", ["slug"] = "multi-site",
            ["description"] = "Serve <many> sites & domains", ["is_locked"] = false,
            ["packages"] = new JsonArray(Link("packages", 7), Link("packages", 6045)),
            ["header"] = true,
            ["created"] = "2012-05-06T07:08:09.100000-04:00", ["modified"] = "2026-01-02T03:04:05.654321+05:30",
        },
        new JsonObject
        {
            ["id"] = 12, ["title"] = "Ünïcödé grid 🚀", ["slug"] = "unicode-grid", ["description"] = "",
            ["is_locked"] = true, ["packages"] = new JsonArray(), ["header"] = false,
            ["created"] = "2013-01-01T00:00:00-08:00", ["modified"] = "2013-01-01T00:00:00-08:00",
        },
    ];

    public JsonArray Packages { get; } =
    [
        Package(6045, "django-multisite2", 1, [243], ["erikvw", "sfllaw", "JordanReiter"]),
        Package(7, "ñandú-django", 4, [243], ["sfllaw"]),
        Package(9, "drf-nulls", 1, [], []),
    ];

    public V4Sample()
    {
        var multisite = Packages[0]!.AsObject();
        multisite["title"] = "django-multisite2";
        multisite["repo_description"] = "Multisite in django — use one Django app to serve multiple domains";
        multisite["last_updated"] = "2025-11-11T23:28:05-05:00";
        multisite["last_fetched"] = "2026-02-16T04:06:14.878135-05:00";
        multisite["created"] = "2025-01-22T11:06:06.693138-05:00";
        multisite["modified"] = "2026-01-28T16:27:09.064796-05:00";

        var odd = Packages[1]!.AsObject();
        odd["title"] = "Ñandú for Django <b>&amp;</b> 'friends' \"quoted\" 日本語";
        odd["repo_description"] = "Tabs\tand\nnewlines, emoji 🎉, < & > ' \" \\ /";

        var nulls = Packages[2]!.AsObject();
        nulls["last_updated"] = null;
        nulls["last_fetched"] = null;
        nulls["pypi_version"] = null;
        nulls["documentation_url"] = null;
        nulls["repo_url"] = "";
        nulls["pypi_url"] = "";
        nulls["repo_description"] = "";
    }

    public JsonObject Package(int index) => Packages[index]!.AsObject();

    public static string Link(string collection, int id) => $"{Base}{collection}/{id}/";

    /// <summary>
    /// Writes categories.json (an array), grids.json (a page), packages-1.json and packages-2.json
    /// (pages; the last package alone on the second).
    /// </summary>
    public string WriteTo(string folder)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "categories.json"), Categories.ToJsonString());
        File.WriteAllText(Path.Combine(folder, "grids.json"), Page(Grids.DeepClone().AsArray(), Grids.Count, null));
        var first = new JsonArray(Packages.SkipLast(1).Select(p => p!.DeepClone()).ToArray());
        var second = new JsonArray(Packages.TakeLast(1).Select(p => p!.DeepClone()).ToArray());
        var next = Base + "packages/?page=2";
        File.WriteAllText(Path.Combine(folder, "packages-1.json"), Page(first, Packages.Count, next));
        File.WriteAllText(Path.Combine(folder, "packages-2.json"), Page(second, Packages.Count, null));
        return folder;
    }

    private static string Page(JsonArray results, int count, string? next) => new JsonObject
    {
        ["count"] = count,
        ["next"] = next,
        ["previous"] = null,
        ["results"] = results,
    }.ToJsonString(new JsonSerializerOptions { WriteIndented = true });

    private static JsonObject Package(int id, string slug, int category, int[] grids, string[] participants)
    {
        var commits = new JsonArray(Enumerable.Range(0, 52).Select(w => (JsonNode)(w % 13 == 0 ? w : 0)).ToArray());
        return new JsonObject
        {
            ["category"] = Link("categories", category),
            ["grids"] = new JsonArray(grids.Select(g => (JsonNode)Link("grids", g)).ToArray()),
            ["id"] = id,
            ["title"] = slug,
            ["slug"] = slug,
            ["last_updated"] = "2024-06-01T12:00:00+02:00",
            ["last_fetched"] = "2026-02-16T04:06:14.000001+00:00",
            ["repo_url"] = $"https://github.com/someone/{slug}",
            ["pypi_version"] = "1.0.0rc1",
            ["created"] = "2020-02-29T23:59:59.999999-05:00",
            ["modified"] = "2021-03-14T01:59:26.535897Z",
            ["repo_forks"] = 3,
            ["repo_description"] = "d",
            ["pypi_url"] = $"https://pypi.org/project/{slug}",
            ["documentation_url"] = $"https://{slug}.readthedocs.io/",
            ["repo_watchers"] = 42,
            ["commits_over_52"] = commits,
            ["participants"] = new JsonArray(participants.Select(p => (JsonNode)p).ToArray()),
        };
    }
}
