using System.Text.Json;

namespace Gateway.Data.Import;

/// <summary>
/// Turns djangopackages.org API v4 JSON into checked records: either a JSON array of v4 objects or one
/// v4 list page (<c>count</c>, <c>next</c>, <c>previous</c>, <c>results</c>). Knows nothing of the store.
/// </summary>
public static class V4Parser
{
    /// <summary>The records of one document, and the link to the next page when it is a list page.</summary>
    public static (IReadOnlyList<JsonElement> Records, string? Next) Records(JsonElement root, string origin)
    {
        if (root.ValueKind == JsonValueKind.Array)
        {
            return (root.EnumerateArray().ToList(), null);
        }

        if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("results", out var results)
            && results.ValueKind == JsonValueKind.Array)
        {
            var next = root.TryGetProperty("next", out var link) && link.ValueKind == JsonValueKind.String
                ? link.GetString()
                : null;
            return (results.EnumerateArray().ToList(), next);
        }

        throw new V4ImportException("wrong_type", origin, null, null,
            "is neither a JSON array of v4 records nor a v4 list page with \"results\"");
    }

    public static V4Category Category(JsonElement element, V4Location location)
    {
        var record = new V4RecordReader(element, location);
        var (id, slug) = record.Identify(Data.Category.SlugMaxLength);
        return new V4Category(
            record.Location,
            id,
            record.RequiredText("title", Data.Category.TitleMaxLength),
            slug,
            record.Text("description"),
            record.Text("title_plural", Data.Category.TitleMaxLength),
            record.Bool("show_pypi"),
            record.DateTime("created"),
            record.DateTime("modified"));
    }

    public static V4Grid Grid(JsonElement element, V4Location location)
    {
        var record = new V4RecordReader(element, location);
        var (id, slug) = record.Identify(Data.Grid.SlugMaxLength);
        return new V4Grid(
            record.Location,
            id,
            record.RequiredText("title", Data.Grid.TitleMaxLength),
            slug,
            record.Text("description"),
            record.Bool("is_locked"),
            record.Links("packages", "packages"),
            record.Bool("header"),
            record.DateTime("created"),
            record.DateTime("modified"));
    }

    public static V4Package Package(JsonElement element, V4Location location)
    {
        var record = new V4RecordReader(element, location);
        var (id, slug) = record.Identify(Data.Package.SlugMaxLength);
        return new V4Package(
            record.Location,
            id,
            record.Link("category", "categories"),
            record.Links("grids", "grids"),
            record.RequiredText("title", Data.Package.TitleMaxLength),
            slug,
            record.NullableDateTime("last_updated"),
            record.NullableDateTime("last_fetched"),
            record.Text("repo_url", Data.Package.UrlMaxLength),
            record.NullableText("pypi_version", 100),
            record.DateTime("created"),
            record.DateTime("modified"),
            record.Int("repo_forks"),
            record.Text("repo_description"),
            record.Text("pypi_url", Data.Package.UrlMaxLength),
            record.NullableText("documentation_url", Data.Package.UrlMaxLength),
            record.Int("repo_watchers"),
            record.WeeklyCounts("commits_over_52", Data.Package.WeeksOfCommits),
            record.Logins("participants", Participant.LoginMaxLength));
    }

    /// <summary>Parses the records of one document of <paramref name="kind"/> into <paramref name="dump"/>.</summary>
    public static string? Read(V4Kind kind, JsonElement root, string origin, V4Dump dump)
    {
        var (records, next) = Records(root, origin);
        for (var index = 0; index < records.Count; index++)
        {
            var location = new V4Location(origin, index);
            switch (kind)
            {
                case V4Kind.Categories:
                    dump.Categories.Add(Category(records[index], location));
                    break;
                case V4Kind.Grids:
                    dump.Grids.Add(Grid(records[index], location));
                    break;
                default:
                    dump.Packages.Add(Package(records[index], location));
                    break;
            }
        }

        return next;
    }
}
