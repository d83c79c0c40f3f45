namespace Gateway.Http;

/// <summary>The media types of GraphQL over HTTP.</summary>
public static class GraphQLMediaTypes
{
    /// <summary>The GraphQL-over-HTTP response type; its status codes tell request errors apart.</summary>
    public const string GraphQLResponse = "application/graphql-response+json";

    /// <summary>Plain JSON: the legacy response type, always with status 200 once the request is well formed.</summary>
    public const string Json = "application/json";
}
