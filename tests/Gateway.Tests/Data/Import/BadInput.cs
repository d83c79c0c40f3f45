using System.Text.Json.Nodes;

namespace Gateway.Tests.Data.Import;

/// <summary>One kind of bad v4 input, written next to good records, and what the error must say about it.</summary>
public sealed record BadInput(string Code, string File, string? Field, string[] MessageParts)
{
    public static readonly string[] Kinds =
    [
        "broken-json", "wrong-type", "missing-id", "dangling-category", "dangling-grid", "dangling-package",
        "duplicate-slug", "slug-of-a-stored-row", "duplicate-id", "bad-datetime", "datetime-without-offset",
        "commits-not-52", "commits-not-numbers", "not-an-object",
    ];

    /// <summary>Writes the sample plus a new good package, with one thing broken; returns what to expect.</summary>
    public static BadInput Make(string kind, V4Sample sample, string folder)
    {
        var fresh = sample.Package(2).DeepClone().AsObject();
        fresh["id"] = 11;
        fresh["slug"] = "django-fresh";
        sample.Packages.Insert(0, fresh);
        var bad = sample.Package(1); // 6045, record 1 of packages-1.json
        BadInput expected = new("bad_value", "packages-1.json", null, ["record 1 (id 6045, slug \"django-multisite2\")"]);

        switch (kind)
        {
            case "broken-json":
                sample.WriteTo(folder);
                System.IO.File.WriteAllText(Path.Combine(folder, "grids.json"), "{\"count\": 2, \"results\": [{\"id\": 243,");
                return new("broken_json", "grids.json", null, ["not valid JSON", "line 1"]);
            case "wrong-type":
                bad["repo_watchers"] = "many";
                expected = expected with { Code = "wrong_type", Field = "repo_watchers" };
                break;
            case "missing-id":
                bad.Remove("id");
                expected = expected with { Code = "missing_field", Field = "id", MessageParts = ["record 1:"] };
                break;
            case "dangling-category":
                bad["category"] = V4Sample.Link("categories", 99);
                expected = expected with { Code = "dangling_link", Field = "category", MessageParts = [.. expected.MessageParts, "categories/99/"] };
                break;
            case "dangling-grid":
                bad["grids"] = new JsonArray(V4Sample.Link("grids", 243), V4Sample.Link("grids", 77));
                expected = expected with { Code = "dangling_link", Field = "grids", MessageParts = [.. expected.MessageParts, "grids/77/"] };
                break;
            case "dangling-package":
                sample.Grids[1]!["packages"] = new JsonArray(V4Sample.Link("packages", 5));
                sample.WriteTo(folder);
                return new("dangling_link", "grids.json", "packages", ["record 1 (id 12, slug \"unicode-grid\")", "packages/5/"]);
            case "duplicate-slug":
                bad["slug"] = "django-fresh";
                expected = new("duplicate_slug", "packages-1.json", "slug", ["record 1 (id 6045, slug \"django-fresh\")", "record 0 (id 11"]);
                break;
            case "slug-of-a-stored-row":
                fresh["slug"] = "drf-nulls";
                sample.Packages.RemoveAt(3); // package 9 keeps its slug in the store but is not imported
                expected = new("duplicate_slug", "packages-1.json", "slug", ["record 0 (id 11, slug \"drf-nulls\")", "package 9 in the store"]);
                break;
            case "duplicate-id":
                fresh["id"] = 6045;
                expected = new("duplicate_id", "packages-1.json", "id", ["record 1 (id 6045", "record 0 (id 6045"]);
                break;
            case "bad-datetime":
                bad["created"] = "2025-02-30T11:06:06-05:00";
                expected = expected with { Code = "bad_datetime", Field = "created", MessageParts = [.. expected.MessageParts, "2025-02-30T11:06:06-05:00"] };
                break;
            case "datetime-without-offset":
                bad["last_fetched"] = "2026-02-16T04:06:14.878135";
                expected = expected with { Code = "bad_datetime", Field = "last_fetched" };
                break;
            case "commits-not-52":
                bad["commits_over_52"]!.AsArray().RemoveAt(0);
                expected = expected with { Field = "commits_over_52", MessageParts = [.. expected.MessageParts, "51 items", "52"] };
                break;
            case "commits-not-numbers":
                bad["commits_over_52"]!.AsArray()[5] = "3";
                expected = expected with { Code = "wrong_type", Field = "commits_over_52", MessageParts = [.. expected.MessageParts, "item 5"] };
                break;
            case "not-an-object":
                sample.Packages[1] = 6045;
                expected = expected with { Code = "wrong_type", MessageParts = ["record 1:", "JSON object"] };
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown kind of bad input");
        }

        sample.WriteTo(folder);
        return expected;
    }
}
