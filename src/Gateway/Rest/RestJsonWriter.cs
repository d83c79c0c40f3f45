using System.Text.Json;
using Gateway.Data;

namespace Gateway.Rest;

/// <summary>
/// Writes the v4 representations field by field, in the order of the site's serializers, straight into a
/// <see cref="Utf8JsonWriter"/> (no intermediate dictionaries).
/// </summary>
internal sealed class RestJsonWriter(RestLinks links, DrfDateTimeFormatter times)
{
    private static readonly JsonEncodedText Category = Name("category");
    private static readonly JsonEncodedText Grids = Name("grids");
    private static readonly JsonEncodedText Id = Name("id");
    private static readonly JsonEncodedText Title = Name("title");
    private static readonly JsonEncodedText Slug = Name("slug");
    private static readonly JsonEncodedText LastUpdated = Name("last_updated");
    private static readonly JsonEncodedText LastFetched = Name("last_fetched");
    private static readonly JsonEncodedText RepoUrl = Name("repo_url");
    private static readonly JsonEncodedText PypiVersion = Name("pypi_version");
    private static readonly JsonEncodedText Created = Name("created");
    private static readonly JsonEncodedText Modified = Name("modified");
    private static readonly JsonEncodedText RepoForks = Name("repo_forks");
    private static readonly JsonEncodedText RepoDescription = Name("repo_description");
    private static readonly JsonEncodedText PypiUrl = Name("pypi_url");
    private static readonly JsonEncodedText DocumentationUrl = Name("documentation_url");
    private static readonly JsonEncodedText RepoWatchers = Name("repo_watchers");
    private static readonly JsonEncodedText CommitsOver52 = Name("commits_over_52");
    private static readonly JsonEncodedText Participants = Name("participants");
    private static readonly JsonEncodedText Description = Name("description");
    private static readonly JsonEncodedText IsLocked = Name("is_locked");
    private static readonly JsonEncodedText Packages = Name("packages");
    private static readonly JsonEncodedText Header = Name("header");
    private static readonly JsonEncodedText TitlePlural = Name("title_plural");
    private static readonly JsonEncodedText ShowPypi = Name("show_pypi");
    private static readonly JsonEncodedText Count = Name("count");
    private static readonly JsonEncodedText Next = Name("next");
    private static readonly JsonEncodedText Previous = Name("previous");
    private static readonly JsonEncodedText Results = Name("results");
    private static readonly JsonEncodedText Detail = Name("detail");
    private static readonly JsonEncodedText TitleNoPrefix = Name("title_no_prefix");
    private static readonly JsonEncodedText SlugNoPrefix = Name("slug_no_prefix");
    private static readonly JsonEncodedText CleanTitle = Name("clean_title");
    private static readonly JsonEncodedText AbsoluteUrl = Name("absolute_url");
    private static readonly JsonEncodedText Weight = Name("weight");
    private static readonly JsonEncodedText ItemType = Name("item_type");
    private static readonly JsonEncodedText PypiDownloads = Name("pypi_downloads");
    private static readonly JsonEncodedText Score = Name("score");
    private static readonly JsonEncodedText Usage = Name("usage");
    private static readonly JsonEncodedText LastCommitted = Name("last_committed");
    private static readonly JsonEncodedText LastReleased = Name("last_released");

    private static ReadOnlySpan<byte> PackagesSegment => "packages"u8;

    private static ReadOnlySpan<byte> GridsSegment => "grids"u8;

    private static ReadOnlySpan<byte> CategoriesSegment => "categories"u8;

    public RestLinks Links => links;

    public DrfDateTimeFormatter Times => times;

    public void WritePackage(Utf8JsonWriter writer, RestPackage package)
    {
        var row = package.Row;
        writer.WriteStartObject();
        writer.WritePropertyName(Category);
        links.WriteObject(writer, CategoriesSegment, row.CategoryId);
        writer.WriteStartArray(Grids);
        foreach (var grid in package.GridIds)
        {
            links.WriteObject(writer, GridsSegment, grid);
        }

        writer.WriteEndArray();
        writer.WriteNumber(Id, row.Id);
        writer.WriteString(Title, row.Title);
        writer.WriteString(Slug, row.Slug);
        WriteTime(writer, LastUpdated, row.LastUpdated);
        WriteTime(writer, LastFetched, row.LastFetched);
        writer.WriteString(RepoUrl, row.RepoUrl);
        writer.WriteString(PypiVersion, row.PypiVersion);
        WriteTime(writer, Created, row.Created);
        WriteTime(writer, Modified, row.Modified);
        writer.WriteNumber(RepoForks, row.RepoForks);
        writer.WriteString(RepoDescription, row.RepoDescription);
        writer.WriteString(PypiUrl, row.PypiUrl);
        writer.WriteString(DocumentationUrl, row.DocumentationUrl);
        writer.WriteNumber(RepoWatchers, row.RepoWatchers);
        writer.WriteStartArray(CommitsOver52);
        foreach (var commits in row.CommitsOver52)
        {
            writer.WriteNumberValue(commits);
        }

        writer.WriteEndArray();
        writer.WriteStartArray(Participants);
        foreach (var login in package.Participants)
        {
            writer.WriteStringValue(login);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    public void WriteGrid(Utf8JsonWriter writer, RestGrid grid)
    {
        var row = grid.Row;
        writer.WriteStartObject();
        writer.WriteNumber(Id, row.Id);
        writer.WriteString(Title, row.Title);
        writer.WriteString(Slug, row.Slug);
        writer.WriteString(Description, row.Description);
        writer.WriteBoolean(IsLocked, row.IsLocked);
        writer.WriteStartArray(Packages);
        foreach (var package in grid.PackageIds)
        {
            links.WriteObject(writer, PackagesSegment, package);
        }

        writer.WriteEndArray();
        writer.WriteBoolean(Header, row.Header);
        WriteTime(writer, Created, row.Created);
        WriteTime(writer, Modified, row.Modified);
        writer.WriteEndObject();
    }

    public void WriteCategory(Utf8JsonWriter writer, Category category)
    {
        writer.WriteStartObject();
        writer.WriteNumber(Id, category.Id);
        writer.WriteString(Title, category.Title);
        writer.WriteString(Slug, category.Slug);
        writer.WriteString(Description, category.Description);
        writer.WriteString(TitlePlural, category.TitlePlural);
        writer.WriteBoolean(ShowPypi, category.ShowPypi);
        WriteTime(writer, Created, category.Created);
        WriteTime(writer, Modified, category.Modified);
        writer.WriteEndObject();
    }

    /// <summary>
    /// A search result in the field order DRF gives the site's SearchV3 serializer: its declared fields first,
    /// then the model's remaining fields (<c>id</c> and the search vector excluded).
    /// </summary>
    /// <remarks>
    /// TODO(compat): the site passes <c>title</c> and <c>description</c> through <c>emoji.emojize</c>, turning
    /// <c>:shortcodes:</c> into emoji; without the emoji table they are written as stored.
    /// </remarks>
    public void WriteSearchHit(Utf8JsonWriter writer, RestSearchHit hit)
    {
        writer.WriteStartObject();
        writer.WriteString(Description, hit.Description);
        writer.WriteString(Title, hit.Title);
        writer.WriteString(TitleNoPrefix, hit.Title);
        writer.WriteString(SlugNoPrefix, hit.Slug);
        writer.WriteString(CleanTitle, hit.Title);
        writer.WriteString(AbsoluteUrl, hit.ItemType switch
        {
            "package" => "/packages/p/" + hit.Slug + "/",
            "grid" => "/grids/g/" + hit.Slug + "/",
            _ => "",
        });
        WriteTime(writer, Created, hit.Created);
        WriteTime(writer, Modified, hit.Modified);
        writer.WriteNumber(Weight, hit.Weight);
        writer.WriteString(ItemType, hit.ItemType);
        writer.WriteString(Slug, hit.Slug);
        writer.WriteString(Category, hit.Category);
        writer.WriteNumber(RepoWatchers, hit.RepoWatchers);
        writer.WriteNumber(RepoForks, hit.RepoForks);
        writer.WriteNumber(PypiDownloads, hit.PypiDownloads);
        writer.WriteNumber(Score, hit.Score);
        writer.WriteNumber(Usage, hit.Usage);
        writer.WriteString(Participants, hit.Participants);
        WriteTime(writer, LastCommitted, hit.LastCommitted);
        WriteTime(writer, LastReleased, hit.LastReleased);
        writer.WriteEndObject();
    }

    /// <summary>DRF's paginated envelope: <c>count</c>, <c>next</c>, <c>previous</c>, <c>results</c>.</summary>
    public static void WritePage<T>(
        Utf8JsonWriter writer, RestPage<T> page, LimitOffset paging, Action<Utf8JsonWriter, T> writeItem)
    {
        writer.WriteStartObject();
        writer.WriteNumber(Count, page.Count);
        writer.WriteString(Next, paging.NextLink(page.Count));
        writer.WriteString(Previous, paging.PreviousLink());
        writer.WriteStartArray(Results);
        foreach (var item in page.Items)
        {
            writeItem(writer, item);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>The router's root: the four lists, in registration order.</summary>
    public void WriteRoot(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        foreach (var resource in RestViews.Registered)
        {
            var segment = RestRoute.Segment(resource);
            writer.WritePropertyName(segment);
            links.WriteList(writer, System.Text.Encoding.ASCII.GetBytes(segment));
        }

        writer.WriteEndObject();
    }

    /// <summary>DRF's error body, <c>{"detail": "..."}</c>.</summary>
    public static void WriteDetail(Utf8JsonWriter writer, string detail)
    {
        writer.WriteStartObject();
        writer.WriteString(Detail, detail);
        writer.WriteEndObject();
    }

    public void WriteTime(Utf8JsonWriter writer, JsonEncodedText name, DateTime? utc)
    {
        if (utc is not { } value)
        {
            writer.WriteNull(name);
            return;
        }

        Span<byte> text = stackalloc byte[DrfDateTimeFormatter.MaxLength];
        var length = times.Format(value, text);
        writer.WriteString(name, text[..length]);
    }

    private static JsonEncodedText Name(string name) => JsonEncodedText.Encode(name, DrfJavaScriptEncoder.Instance);
}
