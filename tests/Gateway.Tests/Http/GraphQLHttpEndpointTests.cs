using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Gateway.Data;
using Gateway.Tests.Graph;
using Gateway.Tests.Infrastructure;

namespace Gateway.Tests.Http;

public sealed class GraphQLHttpEndpointTests : IAsyncLifetime
{
    private const string ResponseType = "application/graphql-response+json";
    private TestStore store = null!;
    private GatewayFactory factory = null!;

    public async Task InitializeAsync()
    {
        store = await TestStore.CreateAsync(CatalogueProvider.Sqlite);
        await using (var db = store.CreateContext())
        {
            await TestCatalogue.WriteAsync(db, packages: 3);
        }

        factory = new GatewayFactory(store);
    }

    public async Task DisposeAsync()
    {
        await factory.DisposeAsync();
        await store.DisposeAsync();
    }

    [Fact]
    public async Task Post_query_answers_data_in_the_accepted_media_type()
    {
        var response = await SendAsync(HttpMethod.Post, "{ package(slug: \"package-2\") { title } }", ResponseType);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ResponseType, response.Content.Headers.ContentType?.MediaType);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Package 002", body.GetProperty("data").GetProperty("package").GetProperty("title").GetString());
    }

    [Fact]
    public async Task Get_query_without_accept_answers_application_json()
    {
        var response = await SendAsync(HttpMethod.Get, "{ packages { totalCount } }", accept: null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("\"totalCount\":3", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ResponseType, HttpStatusCode.BadRequest)]
    [InlineData("application/json", HttpStatusCode.OK)]
    public async Task Unparsable_document_status_depends_on_media_type(string accept, HttpStatusCode expected)
    {
        var response = await SendAsync(HttpMethod.Post, "{ packages { ", accept);

        Assert.Equal(expected, response.StatusCode);
        Assert.Contains("SYNTAX_ERROR", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_document_is_400_with_graphql_response_json()
    {
        var response = await SendAsync(HttpMethod.Post, "{ packages { noSuchField } }", ResponseType);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Mutation_over_get_is_405_with_allow_post()
    {
        var response = await SendAsync(HttpMethod.Get, "mutation { packages { totalCount } }", ResponseType);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("POST", response.Content.Headers.Allow);
    }

    [Fact]
    public async Task Unacceptable_accept_is_406()
    {
        var response = await SendAsync(HttpMethod.Get, "{ packages { totalCount } }", "text/html");

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
    }

    [Fact]
    public async Task Post_with_other_content_type_is_415()
    {
        using var client = factory.CreateClient();
        using var content = new StringContent("{\"query\":\"{ packages { totalCount } }\"}", Encoding.UTF8, "text/plain");

        var response = await client.PostAsync("/graphql", content);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Theory]
    [InlineData("{\"query\":")]
    [InlineData("{\"operationName\":\"x\"}")]
    [InlineData("[1,2]")]
    public async Task Post_with_malformed_body_is_400(string body)
    {
        using var client = factory.CreateClient();
        using var content = new StringContent(body, Encoding.UTF8, "application/json");

        var response = await client.PostAsync("/graphql", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string query, string? accept)
    {
        using var client = factory.CreateClient();
        using var request = method == HttpMethod.Get
            ? new HttpRequestMessage(method, "/graphql?query=" + Uri.EscapeDataString(query))
            : new HttpRequestMessage(method, "/graphql")
            {
                Content = new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json"),
            };
        if (accept is not null)
        {
            request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse(accept));
        }

        return await client.SendAsync(request);
    }
}
