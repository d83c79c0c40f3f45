using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;
using Gateway.Data;
using Gateway.Tests.Infrastructure;

namespace Gateway.Tests.Http.Explorer;

public sealed class ExplorerTests
{
    [Fact]
    public async Task Browser_visit_in_development_gets_the_ide_anchored_below_graphql()
    {
        await using var store = await TestStore.CreateAsync(CatalogueProvider.Sqlite);
        await using var factory = new GatewayFactory(store);

        using var response = await factory.CreateClient().SendAsync(HtmlGet("/graphql"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<base href=\"/graphql/\"/>", html, StringComparison.Ordinal);
        Assert.Contains("<div id=\"root\">", html, StringComparison.Ordinal);
        Assert.Contains("Accept", response.Headers.Vary);
    }

    [Fact]
    public async Task Configured_title_reaches_the_page_and_the_ide_configuration()
    {
        await using var store = await TestStore.CreateAsync(CatalogueProvider.Sqlite);
        var title = "Catalogue <staging> " + Guid.NewGuid().ToString("N")[..6];
        await using var factory = new GatewayFactory(store, new Dictionary<string, string?>
        {
            ["Gateway:Explorer:Title"] = title,
        });
        var client = factory.CreateClient();

        var html = await (await client.SendAsync(HtmlGet("/graphql"))).Content.ReadAsStringAsync();
        using var configuration = JsonDocument.Parse(await client.GetStringAsync("/graphql/bcp-config.json"));

        Assert.Contains($"<title>Catalogue &lt;staging&gt; {title[^6..]}</title>", html, StringComparison.Ordinal);
        Assert.Equal(title, configuration.RootElement.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Ide_configuration_points_at_the_graphql_endpoint_of_the_same_server()
    {
        await using var store = await TestStore.CreateAsync(CatalogueProvider.Sqlite);
        await using var factory = new GatewayFactory(store);
        var client = factory.CreateClient();

        using var configuration = JsonDocument.Parse(await client.GetStringAsync("/graphql/bcp-config.json"));

        var endpoint = new Uri(configuration.RootElement.GetProperty("endpoint").GetString()!);
        Assert.Equal(new Uri(client.BaseAddress!, "/graphql"), endpoint);
        Assert.False(configuration.RootElement.GetProperty("useBrowserUrlAsEndpoint").GetBoolean());
        Assert.True(configuration.RootElement.GetProperty("disableTelemetry").GetBoolean());
    }

    [Theory]
    [InlineData("/graphql/favicon.svg", "image/svg+xml")]
    [InlineData("/graphql/manifest.webmanifest", "application/manifest+json")]
    public async Task Ide_static_files_are_served_below_graphql(string path, string mediaType)
    {
        await using var store = await TestStore.CreateAsync(CatalogueProvider.Sqlite);
        await using var factory = new GatewayFactory(store);

        using var response = await factory.CreateClient().GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Every_script_the_page_loads_is_served()
    {
        await using var store = await TestStore.CreateAsync(CatalogueProvider.Sqlite);
        await using var factory = new GatewayFactory(store);
        var client = factory.CreateClient();
        var html = await (await client.SendAsync(HtmlGet("/graphql"))).Content.ReadAsStringAsync();

        var sources = Regex.Matches(html, "(?:src|href)=\"(static/[^\"]+)\"")
            .Select(match => match.Groups[1].Value)
            .ToList();

        Assert.NotEmpty(sources);
        foreach (var source in sources)
        {
            using var response = await client.GetAsync(new Uri("/graphql/" + source, UriKind.Relative));
            Assert.True(response.IsSuccessStatusCode, $"{source} answered {(int)response.StatusCode}");
        }
    }

    [Theory]
    [InlineData("/graphql?query=%7B__typename%7D")]
    [InlineData("/graphql?sdl")]
    public async Task Html_get_with_graphql_parameters_is_left_to_the_endpoint(string path)
    {
        await using var store = await TestStore.CreateAsync(CatalogueProvider.Sqlite);
        await using var factory = new GatewayFactory(store);

        using var response = await factory.CreateClient().SendAsync(HtmlGet(path));

        Assert.NotEqual("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Get_that_does_not_accept_html_is_left_to_the_endpoint()
    {
        await using var store = await TestStore.CreateAsync(CatalogueProvider.Sqlite);
        await using var factory = new GatewayFactory(store);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));

        using var response = await factory.CreateClient().SendAsync(request);

        Assert.NotEqual("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Production_serves_no_ide_unless_switched_on()
    {
        await using var store = await TestStore.CreateAsync(CatalogueProvider.Sqlite);
        await using var off = new GatewayFactory(store, environment: "Production");
        await using var on = new GatewayFactory(store, new Dictionary<string, string?>
        {
            ["Gateway:Explorer:Enabled"] = "true",
        }, environment: "Production");

        using var offPage = await off.CreateClient().SendAsync(HtmlGet("/graphql"));
        using var offConfiguration = await off.CreateClient()
            .GetAsync(new Uri("/graphql/bcp-config.json", UriKind.Relative));
        using var onPage = await on.CreateClient().SendAsync(HtmlGet("/graphql"));

        Assert.NotEqual("text/html", offPage.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, offConfiguration.StatusCode);
        Assert.Equal("text/html", onPage.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Development_switch_off_serves_no_ide()
    {
        await using var store = await TestStore.CreateAsync(CatalogueProvider.Sqlite);
        await using var factory = new GatewayFactory(store, new Dictionary<string, string?>
        {
            ["Gateway:Explorer:Enabled"] = "false",
        });

        using var page = await factory.CreateClient().SendAsync(HtmlGet("/graphql"));

        Assert.NotEqual("text/html", page.Content.Headers.ContentType?.MediaType);
    }

    private static HttpRequestMessage HtmlGet(string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        return request;
    }
}
