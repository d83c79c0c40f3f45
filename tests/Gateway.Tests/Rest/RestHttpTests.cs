using System.Net;
using System.Net.Http.Headers;
using Gateway.Data;
using Gateway.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Tests.Rest;

public sealed class RestHttpTests : IAsyncLifetime
{
    private const string PackageMetadata =
        "{\"name\":\"Package Instance\"," +
        "\"description\":\"API endpoint that allows packages to be viewed or edited.\"," +
        "\"renders\":[\"application/json\",\"text/html\"]," +
        "\"parses\":[\"application/json\",\"application/x-www-form-urlencoded\",\"multipart/form-data\"]}";

    private TestStore store = null!;
    private GatewayFactory factory = null!;
    private HttpClient client = null!;

    public async Task InitializeAsync()
    {
        store = await RestPackageTests.SeededStoreAsync(CatalogueProvider.Sqlite);
        factory = new GatewayFactory(store);
        client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
    }

    public async Task DisposeAsync()
    {
        client.Dispose();
        await factory.DisposeAsync();
        await store.DisposeAsync();
    }

    [Theory]
    [InlineData("/api/v4/", "{\"packages\":\"http://localhost/api/v4/packages/\"," +
        "\"search\":\"http://localhost/api/v4/search/\"," +
        "\"grids\":\"http://localhost/api/v4/grids/\",\"categories\":\"http://localhost/api/v4/categories/\"}")]
    [InlineData("/api/v4/.json", "{\"packages\":\"http://localhost/api/v4/packages.json\"," +
        "\"search\":\"http://localhost/api/v4/search.json\",\"grids\":\"http://localhost/api/v4/grids.json\"," +
        "\"categories\":\"http://localhost/api/v4/categories.json\"}")]
    public async Task Root_lists_the_four_resources_in_registration_order(string url, string expected)
    {
        Assert.Equal(expected, await client.GetStringAsync(url));
    }

    [Fact]
    public async Task Grid_and_category_show_the_serializer_fields_in_order()
    {
        var grid = await client.GetStringAsync("/api/v4/grids/grid-243/");
        var categories = await client.GetStringAsync("/api/v4/categories/");

        Assert.Equal("{\"id\":243,\"title\":\"Grid 243\",\"slug\":\"grid-243\",\"description\":\"\"," +
            "\"is_locked\":false," +
            "\"packages\":[\"http://localhost/api/v4/packages/6045/\"],\"header\":false," +
            "\"created\":\"2025-01-22T11:06:06.693138-05:00\"," +
            "\"modified\":\"2025-01-22T11:06:06.693138-05:00\"}", grid);
        Assert.Equal(grid, await client.GetStringAsync("/api/v4/grids/243/"));
        Assert.Equal("{\"count\":1,\"next\":null,\"previous\":null,\"results\":[{\"id\":1,\"title\":\"App\"," +
            "\"slug\":\"apps\",\"description\":\"\",\"title_plural\":\"Apps\",\"show_pypi\":true," +
            "\"created\":\"2025-01-22T11:06:06.693138-05:00\",\"modified\":\"2025-01-22T11:06:06.693138-05:00\"}]}",
            categories);
    }

    [Fact]
    public async Task Options_answers_drf_metadata()
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, "/api/v4/packages/6045/");
        using var response = await client.SendAsync(request);
        using var listRequest = new HttpRequestMessage(HttpMethod.Options, "/api/v4/grids/");
        using var list = await client.SendAsync(listRequest);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(PackageMetadata, await response.Content.ReadAsStringAsync());
        Assert.StartsWith("{\"name\":\"Grid List\",\"description\":\"\",", await list.Content.ReadAsStringAsync(),
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task Head_answers_the_get_headers_without_a_body()
    {
        using var get = await client.GetAsync("/api/v4/packages/6045/");
        using var request = new HttpRequestMessage(HttpMethod.Head, "/api/v4/packages/6045/");
        using var head = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        Assert.Equal(get.Content.Headers.ContentLength, head.Content.Headers.ContentLength);
        Assert.Equal(get.Headers.ETag, head.Headers.ETag);
        Assert.Equal("GET, HEAD, OPTIONS", string.Join(", ", head.Content.Headers.Allow));
    }

    [Theory]
    [InlineData("POST")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    [InlineData("PURGE")]
    public async Task Other_methods_answer_405_naming_the_method(string method)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), "/api/v4/packages/");
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal($"{{\"detail\":\"Method \\\"{method}\\\" not allowed.\"}}",
            await response.Content.ReadAsStringAsync());
        Assert.Equal("GET, HEAD, OPTIONS", string.Join(", ", response.Content.Headers.Allow));
        Assert.Equal("Accept", string.Join(", ", response.Headers.Vary));
    }

    [Fact]
    public async Task Unacceptable_accept_answers_406_in_json()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v4/packages/");
        request.Headers.Accept.ParseAdd("application/xml");
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
        Assert.Equal("{\"detail\":\"Could not satisfy the request Accept header.\"}",
            await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Accept_json_with_indent_indents()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v4/packages/6045/");
        request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse("application/json; indent=4"));
        using var response = await client.SendAsync(request);

        Assert.Equal(SeedFile.IndentedJson.Replace(SeedFile.SiteOrigin, "http://localhost", StringComparison.Ordinal),
            await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/api/v4", "/api/v4/")]
    [InlineData("/api/v4/packages", "/api/v4/packages/")]
    [InlineData("/api/v4/packages/6045?limit=5&b=%C3%A9", "/api/v4/packages/6045/?limit=5&b=%C3%A9")]
    [InlineData("/api/v4/categories/1", "/api/v4/categories/1/")]
    public async Task Missing_trailing_slash_redirects_permanently_with_the_query(string url, string location)
    {
        using var get = await client.GetAsync(url);
        using var post = await client.PostAsync(url, new StringContent(""));

        Assert.Equal(HttpStatusCode.MovedPermanently, get.StatusCode);
        Assert.Equal(location, get.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.MovedPermanently, post.StatusCode);
    }

    [Theory]
    [InlineData("/api/v4/packages/6045/extra/")]
    [InlineData("/api/v4/search/1/")]
    [InlineData("/api/v4/unknown/")]
    [InlineData("/api/v4/packages/a.b.c")]
    public async Task Unknown_urls_answer_django_404_page(string url)
    {
        using var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Contains("<h1>Not Found</h1>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Etag_revalidation_answers_304()
    {
        using var first = await client.GetAsync("/api/v4/packages/6045/");
        var etag = first.Headers.ETag!;
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v4/packages/6045/");
        request.Headers.IfNoneMatch.Add(etag);
        using var second = await client.SendAsync(request);
        using var other = new HttpRequestMessage(HttpMethod.Get, "/api/v4/packages/6045/");
        other.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"stale\""));
        using var third = await client.SendAsync(other);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
        Assert.Equal(etag, second.Headers.ETag);
        Assert.Equal(HttpStatusCode.OK, third.StatusCode);
    }

    [Fact]
    public async Task Last_modified_revalidation_answers_304_until_the_row_changes()
    {
        using var first = await client.GetAsync("/api/v4/packages/6045/");
        var lastModified = first.Content.Headers.LastModified!.Value;
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v4/packages/6045/");
        request.Headers.IfModifiedSince = lastModified;
        using var second = await client.SendAsync(request);
        using var older = new HttpRequestMessage(HttpMethod.Get, "/api/v4/packages/6045/");
        older.Headers.IfModifiedSince = lastModified.AddSeconds(-1);
        using var third = await client.SendAsync(older);

        Assert.Equal(new DateTimeOffset(2026, 1, 28, 21, 27, 9, TimeSpan.Zero), lastModified);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Equal(HttpStatusCode.OK, third.StatusCode);
    }

    [Fact]
    public async Task Forwarded_scheme_and_host_from_a_trusted_proxy_build_the_links()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v4/packages/6045/");
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-Host", "djangopackages.org");
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");
        using var response = await client.SendAsync(request);

        Assert.Equal(SeedFile.CompactJson(SeedFile.SiteOrigin), await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Forwarded_headers_from_an_untrusted_address_are_ignored()
    {
        await using var untrusted = factory.WithWebHostBuilder(builder => builder.ConfigureServices(services =>
            services.AddSingleton<IStartupFilter, RemoteAddressStartupFilter>()));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v4/packages/6045/");
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-Host", "evil.example");
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");
        using var response = await untrusted.CreateClient().SendAsync(request);

        Assert.Equal(SeedFile.CompactJson("http://localhost"), await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Browsable_error_page_shows_status_and_detail()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v4/grids/999/");
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        using var response = await client.SendAsync(request);
        var text = RestPackageTests.PageText(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("\n\nGET /api/v4/grids/999/\nHTTP 404 Not Found\nAllow: GET, HEAD, OPTIONS\n" +
            "Content-Type: application/json\nVary: Accept\n\n" +
            "{\n    \"detail\": \"No Grid matches the given query.\"\n}",
            text);
    }

    /// <summary>Makes every request come from a documentation address that no configuration trusts.</summary>
    private sealed class RemoteAddressStartupFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(
            Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (HttpContext context, Func<Task> nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = IPAddress.Parse("198.51.100.20");
                await nextMiddleware();
            });
            next(app);
        };
    }
}
