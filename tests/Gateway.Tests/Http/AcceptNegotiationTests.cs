using Gateway.Http;

namespace Gateway.Tests.Http;

public sealed class AcceptNegotiationTests
{
    [Theory]
    // No Accept, or a bare wildcard (what fetch sends by default): the media type every client knows.
    [InlineData("", "application/json")]
    [InlineData("*/*", "application/json")]
    [InlineData("application/*", "application/json")]
    // A type the client names beats one it only reaches by wildcard.
    [InlineData("application/graphql-response+json, */*", "application/graphql-response+json")]
    [InlineData("application/json, */*", "application/json")]
    // Both named: the newer type wins a tie; otherwise quality decides.
    [InlineData("application/graphql-response+json, application/json", "application/graphql-response+json")]
    [InlineData("application/graphql-response+json;q=0.5, application/json", "application/json")]
    [InlineData("application/json;q=0.9, application/graphql-response+json", "application/graphql-response+json")]
    public void Negotiate_picks_the_response_media_type(string accept, string expected)
    {
        Assert.Equal(expected, GraphQLHttpEndpoint.Negotiate(accept));
    }

    [Theory]
    [InlineData("text/html")]
    [InlineData("application/xml, text/plain")]
    [InlineData("application/json;q=0")]
    public void Negotiate_refuses_an_accept_without_a_json_type(string accept)
    {
        Assert.Null(GraphQLHttpEndpoint.Negotiate(accept));
    }
}
