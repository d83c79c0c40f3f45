using System.Net;
using System.Text.RegularExpressions;
using Gateway.Data;
using Gateway.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Tests.Rest;

public sealed partial class RestPackageTests
{
    private const string TestOrigin = "http://localhost";

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Package_6045_answers_the_seed_json_byte_for_byte(CatalogueProvider provider)
    {
        await using var store = await SeededStoreAsync(provider);
        await using var factory = new GatewayFactory(store);
        var client = factory.CreateClient();

        using var response = await client.GetAsync("/api/v4/packages/6045/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.ToString());
        var body = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(SeedFile.Utf8.GetString(SeedFile.CompactJson(TestOrigin)), SeedFile.Utf8.GetString(body));
        Assert.Equal(SeedFile.CompactJson(TestOrigin), body);
    }

    [Fact]
    public async Task Package_6045_browsable_page_shows_the_seed_text()
    {
        await using var store = await SeededStoreAsync(CatalogueProvider.Sqlite);
        await using var factory = new GatewayFactory(store);
        var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v4/packages/6045/");
        request.Headers.Accept.ParseAdd("text/html");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        var page = await response.Content.ReadAsStringAsync();
        Assert.Equal(SeedFile.Text.Replace(SeedFile.SiteOrigin, TestOrigin, StringComparison.Ordinal).TrimEnd('\n'),
            PageText(page));
        Assert.Contains(
            "<a href=\"http://localhost/api/v4/grids/243/\" rel=\"nofollow\">http://localhost/api/v4/grids/243/</a>",
            page,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task Package_browsable_page_by_format_api_is_the_same_page()
    {
        await using var store = await SeededStoreAsync(CatalogueProvider.Sqlite);
        await using var factory = new GatewayFactory(store);
        var client = factory.CreateClient();

        var page = await client.GetStringAsync("/api/v4/packages/6045/?format=api");

        Assert.Contains("<h1>Package Instance</h1>", page, StringComparison.Ordinal);
        Assert.Contains("<b>GET</b> /api/v4/packages/6045/?format=api", page, StringComparison.Ordinal);
        Assert.Contains("&quot;id&quot;: 6045,", page, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Package_by_slug_is_the_package_by_id(CatalogueProvider provider)
    {
        await using var store = await SeededStoreAsync(provider);
        await using var factory = new GatewayFactory(store);
        var client = factory.CreateClient();

        var bySlug = await client.GetByteArrayAsync("/api/v4/packages/django-multisite2/");
        var byLeadingZeros = await client.GetByteArrayAsync("/api/v4/packages/006045/");

        Assert.Equal(SeedFile.CompactJson(TestOrigin), bySlug);
        Assert.Equal(SeedFile.CompactJson(TestOrigin), byLeadingZeros);
    }

    [Theory]
    [InlineData("/api/v4/packages/6046/", "{\"detail\":\"No Package matches the given query.\"}")]
    [InlineData("/api/v4/packages/no-such-slug/", "{\"detail\":\"No Package matches the given query.\"}")]
    [InlineData("/api/v4/packages/99999999999999999999/", "{\"detail\":\"No Package matches the given query.\"}")]
    [InlineData("/api/v4/packages/%C2%B2/", "{\"detail\":\"Not found.\"}")]
    [InlineData("/api/v4/grids/404/", "{\"detail\":\"No Grid matches the given query.\"}")]
    [InlineData("/api/v4/grids/no-such-grid/", "{\"detail\":\"No Grid matches the given query.\"}")]
    [InlineData("/api/v4/categories/2/", "{\"detail\":\"No Category matches the given query.\"}")]
    [InlineData("/api/v4/categories/-1/", "{\"detail\":\"No Category matches the given query.\"}")]
    [InlineData("/api/v4/categories/apps/", "{\"detail\":\"Not found.\"}")]
    [InlineData("/api/v4/packages/6045/?format=xml", "{\"detail\":\"Not found.\"}")]
    [InlineData("/api/v4/packages/6045.xml", "{\"detail\":\"Not found.\"}")]
    public async Task Unknown_or_malformed_lookup_answers_drf_404(string url, string expected)
    {
        await using var store = await SeededStoreAsync(CatalogueProvider.Sqlite);
        await using var factory = new GatewayFactory(store);
        var client = factory.CreateClient();

        using var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.ToString());
        Assert.Equal(expected, await response.Content.ReadAsStringAsync());
        Assert.Equal("GET, HEAD, OPTIONS", string.Join(", ", response.Content.Headers.Allow));
        Assert.Equal("Accept", string.Join(", ", response.Headers.Vary));
    }

    [Theory]
    [InlineData("/api/v4/categories/1/")]
    [InlineData("/api/v4/categories/%201/")]
    [InlineData("/api/v4/categories/01/")]
    public async Task Category_is_found_by_anything_python_int_reads_as_its_id(string url)
    {
        await using var store = await SeededStoreAsync(CatalogueProvider.Sqlite);
        await using var factory = new GatewayFactory(store);
        var client = factory.CreateClient();

        var body = await client.GetStringAsync(url);

        Assert.StartsWith("{\"id\":1,\"title\":\"App\",\"slug\":\"apps\",\"description\":\"\","
            + "\"title_plural\":\"Apps\","
            + "\"show_pypi\":true,\"created\":\"2025-01-22T11:06:06.693138-05:00\"", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Format_suffix_puts_the_suffix_on_every_link()
    {
        await using var store = await SeededStoreAsync(CatalogueProvider.Sqlite);
        await using var factory = new GatewayFactory(store);
        var client = factory.CreateClient();

        var body = await client.GetStringAsync("/api/v4/packages/6045.json");
        var withSlash = await client.GetStringAsync("/api/v4/packages/6045.json/");
        var query = await client.GetStringAsync("/api/v4/packages/6045/?format=json");

        Assert.StartsWith(
            "{\"category\":\"http://localhost/api/v4/categories/1.json\","
            + "\"grids\":[\"http://localhost/api/v4/grids/243.json\"]",
            body,
            StringComparison.Ordinal);
        Assert.Equal(body, withSlash);
        Assert.Equal(SeedFile.Utf8.GetString(SeedFile.CompactJson(TestOrigin)), query);
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Unicode_and_html_special_characters_are_written_raw_in_json_and_escaped_in_html(
        CatalogueProvider provider)
    {
        const string title = "<script>alert('x')</script> & \"q\"";
        const string description = "Ünïcode 🚀 — line\u2028separator";
        await using var store = await TestStore.CreateAsync(provider);
        await using (var db = store.CreateContext())
        {
            await RestCatalogue.WritePackagesAsync(db, 1);
            var package = await db.Packages.AsTracking().SingleAsync();
            package.Title = title;
            package.RepoDescription = description;
            await db.SaveChangesAsync();
        }

        await using var factory = new GatewayFactory(store);
        var client = factory.CreateClient();
        var json = await client.GetStringAsync("/api/v4/packages/1/");
        var page = await client.GetStringAsync("/api/v4/packages/1/?format=api");

        Assert.Contains("\"title\":\"<script>alert('x')</script> & \\\"q\\\"\"", json, StringComparison.Ordinal);
        Assert.Contains("\"repo_description\":\"Ünïcode 🚀 — line\\u2028separator\"", json,
            StringComparison.Ordinal);
        Assert.Contains(
            "&quot;title&quot;: &quot;&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; \\&quot;q\\&quot;&quot;",
            page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", page, StringComparison.Ordinal);
    }

    /// <summary>Description, request line and response block of the page, as the browser shows their text.</summary>
    internal static string PageText(string page)
    {
        var description = Between(page, "<div class=\"description\">", "</div>");
        var request = Between(page, "<div class=\"request-info\" aria-label=\"request info\">", "</div>");
        var response = Between(page, "<div class=\"response-info\" aria-label=\"response info\">", "</div>");
        return Text(description) + "\n\n" + Text(request) + "\n" + Text(response);
    }

    internal static async Task<TestStore> SeededStoreAsync(CatalogueProvider provider)
    {
        var store = await TestStore.CreateAsync(provider);
        await using var db = store.CreateContext();
        await SeedFile.WriteAsync(db);
        return store;
    }

    private static string Between(string text, string start, string end)
    {
        var from = text.IndexOf(start, StringComparison.Ordinal) + start.Length;
        return text[from..text.IndexOf(end, from, StringComparison.Ordinal)];
    }

    private static string Text(string html) => WebUtility.HtmlDecode(Tags().Replace(html, ""));

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}
