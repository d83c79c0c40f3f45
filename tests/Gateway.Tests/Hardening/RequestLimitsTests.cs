using System.Net;
using System.Text;
using System.Text.Json;
using Gateway.Data;
using Gateway.Tests.Infrastructure;

namespace Gateway.Tests.Hardening;

public sealed class RequestLimitsTests
{
    private static readonly Dictionary<string, string?> SmallLimits = new()
    {
        ["Gateway:Limits:MaxRequestBytes"] = "4000",
        ["Gateway:Limits:MaxQueryLength"] = "500",
        ["Gateway:Limits:MaxVariablesBytes"] = "300",
        ["Gateway:Limits:MaxBatchLength"] = "2",
    };

    public static TheoryData<string, string, HttpStatusCode, string> Refusals => new()
    {
        // A body past the byte limit is refused before it is parsed.
        { "application/json", Json(new string('x', 5000)), HttpStatusCode.RequestEntityTooLarge, "REQUEST_TOO_LARGE" },
        { "application/json", Json("{ " + new string(' ', 600) + "__typename }"), HttpStatusCode.BadRequest,
            "QUERY_TOO_LONG" },
        { "application/graphql", "{ " + new string(' ', 600) + "__typename }", HttpStatusCode.BadRequest,
            "QUERY_TOO_LONG" },
        { "application/json", "{\"query\":\"{__typename}\",\"variables\":{\"a\":\"" + new string('v', 400) + "\"}}",
            HttpStatusCode.BadRequest, "VARIABLES_TOO_LARGE" },
        { "application/json", "[{\"query\":\"{a}\"},{\"query\":\"{b}\"},{\"query\":\"{c}\"}]",
            HttpStatusCode.BadRequest, "BATCH_TOO_LARGE" },
        { "application/json", "{\"query\": \"{__typename}\"", HttpStatusCode.BadRequest, "INVALID_JSON" },
        { "application/json", "42", HttpStatusCode.BadRequest, "INVALID_REQUEST" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task Oversized_or_malformed_body_is_refused_with_its_code(
        string contentType, string body, HttpStatusCode status, string code)
    {
        await using var store = await TestStore.CreateAsync(CatalogueProvider.Sqlite);
        await using var factory = new GatewayFactory(store, SmallLimits);
        using var client = factory.CreateClient();

        var response = await client.PostAsync(new Uri("/graphql", UriKind.Relative),
            new StringContent(body, Encoding.UTF8, contentType));

        Assert.Equal(status, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var error = json.RootElement.GetProperty("errors")[0];
        Assert.Equal(code, error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("message").GetString()));
    }

    [Fact]
    public async Task Query_string_past_the_length_limit_is_refused_on_get()
    {
        await using var store = await TestStore.CreateAsync(CatalogueProvider.Sqlite);
        await using var factory = new GatewayFactory(store, SmallLimits);
        using var client = factory.CreateClient();
        var query = Uri.EscapeDataString("{ " + new string(' ', 600) + "__typename }");

        var response = await client.GetAsync(new Uri("/graphql?query=" + query, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("QUERY_TOO_LONG", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(3000, HttpStatusCode.OK)]
    [InlineData(5000, HttpStatusCode.RequestEntityTooLarge)]
    public async Task Body_without_a_content_length_is_read_up_to_the_limit(int padding, HttpStatusCode status)
    {
        await using var store = await TestStore.CreateAsync(CatalogueProvider.Sqlite);
        await using var factory = new GatewayFactory(store, SmallLimits);
        using var client = factory.CreateClient();
        var body = "{\"query\":\"{ __typename }\"}" + new string(' ', padding);
        using var content = new StreamContent(new UnknownLengthStream(Encoding.UTF8.GetBytes(body)));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");

        var response = await client.PostAsync(new Uri("/graphql", UriKind.Relative), content);

        Assert.Null(content.Headers.ContentLength);
        Assert.Equal(status, response.StatusCode);
    }

    [Fact]
    public async Task Query_whose_escapes_are_longer_than_the_limit_but_its_text_is_not_is_answered()
    {
        await using var store = await TestStore.CreateAsync(CatalogueProvider.Sqlite);
        await using var factory = new GatewayFactory(store, SmallLimits);
        using var client = factory.CreateClient();
        // 120 escaped spaces: 720 bytes of JSON, 120 characters of query text (the limit is 500).
        var escaped = string.Concat(Enumerable.Repeat("\\u0020", 120));
        var body = "{\"query\":\"{" + escaped + "__typename }\"}";

        var response = await client.PostAsync(new Uri("/graphql", UriKind.Relative),
            new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"__typename\":\"Query\"", await response.Content.ReadAsStringAsync(),
            StringComparison.Ordinal);
    }

    private static string Json(string query) => JsonSerializer.Serialize(new { query });

    /// <summary>A body whose length the client does not announce, so it is sent chunked.</summary>
    private sealed class UnknownLengthStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
