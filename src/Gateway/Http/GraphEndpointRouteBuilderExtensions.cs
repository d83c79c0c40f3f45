namespace Gateway.Http;

/// <summary>Maps the GraphQL endpoint.</summary>
public static class GraphEndpointRouteBuilderExtensions
{
    /// <summary>The path of the GraphQL endpoint.</summary>
    public const string Path = "/graphql";

    /// <summary>Serves GraphQL over HTTP at <c>/graphql</c> (GET and POST; other methods get 405).</summary>
    public static IEndpointRouteBuilder MapGraph(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods(Path, [HttpMethods.Get, HttpMethods.Post],
            (HttpContext http, GraphQLHttpEndpoint endpoint) => endpoint.HandleAsync(http));
        return endpoints;
    }
}
