using System.Net;
using System.Net.Http.Headers;
using Gateway.Data;
using Gateway.Tests.Infrastructure;

namespace Gateway.Tests.Hardening;

public sealed class RateLimitingTests
{
    private static readonly Dictionary<string, string?> ThreeRequestsPerHour = new()
    {
        ["Gateway:RateLimiting:Enabled"] = "true",
        ["Gateway:RateLimiting:TokenLimit"] = "3",
        ["Gateway:RateLimiting:TokensPerPeriod"] = "1",
        ["Gateway:RateLimiting:ReplenishmentPeriod"] = "01:00:00",
    };

    [Theory]
    [InlineData("/graphql?query=%7B__typename%7D")]
    [InlineData("/api/v4/packages/")]
    public async Task Requests_past_the_bucket_get_429_with_retry_after(string path)
    {
        await using var store = await TestStore.CreateAsync(CatalogueProvider.Sqlite);
        await using var factory = new GatewayFactory(store, ThreeRequestsPerHour);
        using var client = factory.CreateClient();

        for (var i = 0; i < 3; i++)
        {
            var allowed = await client.GetAsync(new Uri(path, UriKind.Relative));
            Assert.NotEqual(HttpStatusCode.TooManyRequests, allowed.StatusCode);
        }

        var refused = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero, "Retry-After should give a delay.");
        var body = await refused.Content.ReadAsStringAsync();
        Assert.True(body.Contains("throttled", StringComparison.Ordinal)
            || body.Contains("RATE_LIMITED", StringComparison.Ordinal), body);
    }

    [Fact]
    public async Task Each_bearer_token_has_its_own_bucket_and_health_is_never_throttled()
    {
        await using var store = await TestStore.CreateAsync(CatalogueProvider.Sqlite);
        await using var factory = new GatewayFactory(store, ThreeRequestsPerHour);
        using var anonymous = factory.CreateClient();
        using var withToken = factory.CreateClient();
        withToken.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "some-token");
        var api = new Uri("/api/v4/packages/", UriKind.Relative);
        for (var i = 0; i < 4; i++)
        {
            await anonymous.GetAsync(api);
        }

        var anonymousAgain = await anonymous.GetAsync(api);
        var tokenFirst = await withToken.GetAsync(api);
        var health = await anonymous.GetAsync(new Uri("/health/live", UriKind.Relative));

        Assert.Equal(HttpStatusCode.TooManyRequests, anonymousAgain.StatusCode);
        Assert.NotEqual(HttpStatusCode.TooManyRequests, tokenFirst.StatusCode);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }
}
