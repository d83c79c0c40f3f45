using System.Globalization;

namespace Gateway.Data.Import;

/// <summary>Where a v4 record came from: its file or URL, its zero-based index there, its id and slug.</summary>
public sealed record V4Location(string Origin, int Index, int? Id = null, string? Slug = null)
{
    /// <summary>"record 12 (id 6045, slug "django-multisite2")", with what is known.</summary>
    public string Describe()
    {
        var known = new List<string>(2);
        if (Id is not null)
        {
            known.Add("id " + Id.Value.ToString(CultureInfo.InvariantCulture));
        }

        if (Slug is not null)
        {
            known.Add($"slug \"{Slug}\"");
        }

        var text = "record " + Index.ToString(CultureInfo.InvariantCulture);
        return known.Count == 0 ? text : $"{text} ({string.Join(", ", known)})";
    }
}
