using System.Globalization;
using System.Text.Json;

namespace Gateway.Data.Import;

/// <summary>Reads the fields of one v4 record, throwing a <see cref="V4ImportException"/> that names it.</summary>
internal sealed class V4RecordReader
{
    private static readonly string[] DateTimeFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ssK",
        "yyyy-MM-dd'T'HH:mm:ss.fK",
        "yyyy-MM-dd'T'HH:mm:ss.ffK",
        "yyyy-MM-dd'T'HH:mm:ss.fffK",
        "yyyy-MM-dd'T'HH:mm:ss.ffffK",
        "yyyy-MM-dd'T'HH:mm:ss.fffffK",
        "yyyy-MM-dd'T'HH:mm:ss.ffffffK",
    ];

    private readonly JsonElement _record;

    public V4RecordReader(JsonElement record, V4Location location)
    {
        _record = record;
        Location = location;
        if (record.ValueKind != JsonValueKind.Object)
        {
            throw Error("wrong_type", null, $"is {Describe(record)}; a v4 record must be a JSON object");
        }
    }

    public V4Location Location { get; private set; }

    /// <summary>Reads the id and slug first, so that every later error can name the record by them.</summary>
    public (int Id, string Slug) Identify(int slugMaxLength)
    {
        var id = PositiveInt("id");
        Location = Location with { Id = id };
        var slug = Text("slug", slugMaxLength);
        if (slug.Length == 0)
        {
            throw Error("bad_value", "slug", "is empty; every record needs a slug");
        }

        Location = Location with { Slug = slug };
        return (id, slug);
    }

    public int PositiveInt(string field)
    {
        var value = Int(field);
        return value > 0 ? value : throw Error("bad_value", field, $"is {value}; it must be a positive id");
    }

    public int Int(string field)
    {
        var element = Required(field);
        if (element.ValueKind != JsonValueKind.Number || !element.TryGetInt32(out var value))
        {
            throw Error("wrong_type", field, $"is {Describe(element)}; it must be a whole number");
        }

        return value;
    }

    public bool Bool(string field)
    {
        var element = Required(field);
        return element.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw Error("wrong_type", field, $"is {Describe(element)}; it must be true or false"),
        };
    }

    /// <summary>A string; null is taken as empty, which is what the store keeps for "unknown" here.</summary>
    public string Text(string field, int maxLength = int.MaxValue) => NullableText(field, maxLength) ?? "";

    /// <summary>A string that must be present and not empty.</summary>
    public string RequiredText(string field, int maxLength)
    {
        var text = Text(field, maxLength);
        return text.Length > 0 ? text : throw Error("bad_value", field, "is empty; it is required");
    }

    public string? NullableText(string field, int maxLength = int.MaxValue)
    {
        var element = Required(field);
        if (element.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (element.ValueKind != JsonValueKind.String)
        {
            throw Error("wrong_type", field, $"is {Describe(element)}; it must be a string");
        }

        var text = element.GetString()!;
        return text.Length <= maxLength
            ? text
            : throw Error("bad_value", field, $"has {text.Length} characters; at most {maxLength} are allowed");
    }

    public DateTime DateTime(string field) =>
        NullableDateTime(field) ?? throw Error("wrong_type", field, "is null; it must be a date and time");

    /// <summary>
    /// An ISO 8601 date and time with a UTC offset, as Python's <c>isoformat</c> writes it (no fraction or up
    /// to six digits), converted to UTC exactly.
    /// </summary>
    public DateTime? NullableDateTime(string field)
    {
        var text = NullableText(field);
        if (text is null)
        {
            return null;
        }

        var hasOffset = text.EndsWith('Z') || (text.Length > 6 && text[^6] is '+' or '-' && text[^3] == ':');
        if (!hasOffset || !DateTimeOffset.TryParseExact(
                text, DateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
        {
            throw Error("bad_datetime", field,
                $"is \"{text}\"; it must be an ISO 8601 date and time with a UTC offset, "
                + "such as 2025-01-22T11:06:06.693138-05:00");
        }

        return value.UtcDateTime;
    }

    /// <summary>A link such as <c>https://host/api/v4/categories/1/</c>, reduced to its id.</summary>
    public int Link(string field, string collection) => ParseLink(Required(field), field, collection);

    public List<int> Links(string field, string collection)
    {
        var links = new List<int>();
        foreach (var element in Array(field))
        {
            var id = ParseLink(element, field, collection);
            if (links.Contains(id))
            {
                throw Error("bad_value", field, $"lists {collection}/{id}/ twice");
            }

            links.Add(id);
        }

        return links;
    }

    public List<int> WeeklyCounts(string field, int weeks)
    {
        var counts = new List<int>(weeks);
        foreach (var element in Array(field))
        {
            if (element.ValueKind != JsonValueKind.Number || !element.TryGetInt32(out var count) || count < 0)
            {
                throw Error("wrong_type", field,
                    $"item {counts.Count} is {Describe(element)}; every item must be a whole number of commits");
            }

            counts.Add(count);
        }

        return counts.Count == weeks
            ? counts
            : throw Error("bad_value", field, $"has {counts.Count} items; it must have exactly {weeks} weekly counts");
    }

    public List<string> Logins(string field, int maxLength)
    {
        var logins = new List<string>();
        foreach (var element in Array(field))
        {
            var login = element.ValueKind == JsonValueKind.String ? element.GetString()! : null;
            if (string.IsNullOrWhiteSpace(login) || login.Length > maxLength)
            {
                throw Error("wrong_type", field,
                    $"item {logins.Count} is {Describe(element)}; "
                    + $"every item must be a login of 1 to {maxLength} characters");
            }

            if (logins.Contains(login, StringComparer.Ordinal))
            {
                throw Error("bad_value", field, $"lists \"{login}\" twice");
            }

            logins.Add(login);
        }

        return logins;
    }

    public V4ImportException Error(string code, string? field, string problem) =>
        new(code, Location.Origin, Location, field, problem);

    private JsonElement.ArrayEnumerator Array(string field)
    {
        var element = Required(field);
        return element.ValueKind == JsonValueKind.Array
            ? element.EnumerateArray()
            : throw Error("wrong_type", field, $"is {Describe(element)}; it must be a list");
    }

    private JsonElement Required(string field) =>
        _record.TryGetProperty(field, out var element)
            ? element
            : throw Error("missing_field", field, "is missing");

    private int ParseLink(JsonElement element, string field, string collection)
    {
        if (element.ValueKind == JsonValueKind.Number && element.TryGetInt32(out var plain) && plain > 0)
        {
            return plain;
        }

        var text = element.ValueKind == JsonValueKind.String ? element.GetString()! : null;
        var parts = text?.Split('/', StringSplitOptions.RemoveEmptyEntries) ?? [];
        if (parts.Length >= 2 && parts[^2] == collection
            && int.TryParse(parts[^1], NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0)
        {
            return id;
        }

        throw Error("wrong_type", field,
            $"has {Describe(element)}; a link must look like https://host/api/v4/{collection}/ID/");
    }

    private static string Describe(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => $"\"{Shorten(element.GetString()!)}\"",
        JsonValueKind.Number => element.GetRawText(),
        JsonValueKind.True or JsonValueKind.False => element.GetRawText(),
        JsonValueKind.Null => "null",
        JsonValueKind.Array => "a list",
        JsonValueKind.Object => "an object",
        _ => element.ValueKind.ToString(),
    };

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";
}
