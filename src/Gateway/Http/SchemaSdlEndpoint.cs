using Gateway.Graph;

namespace Gateway.Http;

/// <summary><c>GET /graphql?sdl</c>: the schema in SDL as plain text, for tools and people.</summary>
public static class SchemaSdlEndpoint
{
    /// <summary>Answers SDL requests ahead of the GraphQL endpoint; every other request passes through.</summary>
    public static IApplicationBuilder UseSchemaSdl(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        var request = http.Request;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method)
            || !request.Path.Equals(GraphEndpointRouteBuilderExtensions.Path, StringComparison.OrdinalIgnoreCase)
            || !request.Query.ContainsKey("sdl"))
        {
            await next(http);
            return;
        }

        var sdl = http.RequestServices.GetRequiredService<SchemaDocument>().PrintSdl();
        http.Response.ContentType = "text/plain; charset=utf-8";
        await http.Response.WriteAsync(sdl, http.RequestAborted);
    });
}
