using System.Globalization;

namespace Gateway.Editing;

/// <summary>
/// Checks the fields of one input and collects every problem, so that a client hears about all of them
/// at once. Each check returns the value to store (trimmed, slugs lower-cased).
/// </summary>
public sealed class InputValidator
{
    private readonly List<EditError> errors = [];

    /// <summary>A validator with no problems found yet.</summary>
    public InputValidator()
    {
    }

    /// <summary>
    /// A validator that starts with problems found earlier in the same input (ids that do not decode),
    /// so that they come back together with the field checks.
    /// </summary>
    public InputValidator(IEnumerable<EditError> earlier) => errors.AddRange(earlier);

    public IReadOnlyList<EditError> Errors => errors;

    public bool IsValid => errors.Count == 0;

    /// <summary>A required single-line text of at most <paramref name="max"/> characters; null is empty.</summary>
    public string RequiredLine(string field, string? value, int max)
    {
        var text = Line(field, value, max);
        if (text.Length == 0)
        {
            Add(field, "REQUIRED", $"{field} must not be empty.");
        }

        return text;
    }

    /// <summary>An optional single-line text; null stays null (meaning "unchanged" in updates).</summary>
    public string Line(string field, string? value, int max) => Text(field, value, max, multiline: false);

    /// <summary>A multi-line text: line breaks and tabs are allowed, other control characters are not.</summary>
    public string Paragraphs(string field, string? value, int max) => Text(field, value, max, multiline: true);

    /// <summary>A slug: lower-cased, then only a-z, 0-9, '-' and '_', at most <paramref name="max"/> long.</summary>
    public string Slug(string field, string? value, int max)
    {
        var slug = RequiredLine(field, value, max).ToLowerInvariant();
        var bad = slug.FirstOrDefault(c => !(c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-' or '_'));
        if (bad != default && !char.IsControl(bad))
        {
            Add(field, "INVALID_SLUG", string.Create(CultureInfo.InvariantCulture,
                $"{field} '{Shorten(slug)}' contains '{bad}'; a slug has only letters a-z, digits, '-' and '_'."));
        }

        return slug;
    }

    /// <summary>An absolute http or https URL of at most <paramref name="max"/> characters; "" means none.</summary>
    public string Url(string field, string? value, int max)
    {
        var url = Line(field, value, max);
        if (url.Length == 0 || url.Length > max)
        {
            return url;
        }

        var ok = Uri.TryCreate(url, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            && uri.Host.Length > 0
            && !url.Any(char.IsWhiteSpace);
        if (!ok)
        {
            Add(field, "INVALID_URL", $"{field} '{Shorten(url)}' is not an absolute http(s) URL.");
        }

        return url;
    }

    /// <summary>Exactly <paramref name="count"/> weekly commit counts, none negative.</summary>
    public void WeeklyCounts(string field, IReadOnlyList<int>? values, int count)
    {
        if (values is null)
        {
            return;
        }

        if (values.Count != count)
        {
            Add(field, "WRONG_COUNT", string.Create(CultureInfo.InvariantCulture,
                $"{field} has {values.Count} values; it must have exactly {count}, one per week."));
        }

        var negative = values.Select((v, i) => (v, i)).Where(x => x.v < 0).Select(x => x.i).ToList();
        if (negative.Count > 0)
        {
            Add(field, "NEGATIVE", string.Create(CultureInfo.InvariantCulture,
                $"{field} has negative counts at positions {string.Join(", ", negative.Take(10))}; " +
                $"counts are 0 or more."));
        }
    }

    /// <summary>Records a problem found outside the checks above.</summary>
    public void Add(string field, string reason, string message) =>
        errors.Add(new ValidationError(field, reason, message));

    private string Text(string field, string? value, int max, bool multiline)
    {
        if (value is null)
        {
            return "";
        }

        var text = value.Trim();
        if (text.Length > max)
        {
            Add(field, "TOO_LONG", string.Create(CultureInfo.InvariantCulture,
                $"{field} is {text.Length} characters long; the limit is {max}."));
        }

        var index = FirstForbidden(text, multiline);
        if (index >= 0)
        {
            Add(field, "CONTROL_CHARACTER", string.Create(CultureInfo.InvariantCulture,
                $"{field} contains the control or invalid character U+{(int)text[index]:X4} at position {index}."));
        }

        return text;
    }

    /// <summary>Position of the first control character or lone surrogate (which no store can keep), or -1.</summary>
    private static int FirstForbidden(string text, bool multiline)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            var allowed = multiline && c is '\n' or '\r' or '\t';
            if ((char.IsControl(c) && !allowed) || char.IsSurrogate(c))
            {
                return i;
            }
        }

        return -1;
    }

    private static string Shorten(string value) => value.Length <= 60 ? value : value[..60] + "…";
}
