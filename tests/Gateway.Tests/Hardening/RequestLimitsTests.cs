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
        { "application/json", "[{\"query\":\"{a}\"},{\"query\":\"{b}\"},{\"query\":\"{c}\"}]", HttpStatusCode.BadRequest,
            "BATCH_TOO_LARGE" },
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

    private static string Json(string query) => JsonSerializer.Serialize(new { query });
}
