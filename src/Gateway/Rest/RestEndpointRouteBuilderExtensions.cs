namespace Gateway.Rest;

/// <summary>Puts the REST API v4 shim into the request pipeline.</summary>
public static class RestEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Applies <c>X-Forwarded-Proto</c>, <c>-Host</c> and <c>-For</c> from trusted proxies (see
    /// <see cref="RestServiceCollectionExtensions.AddRest"/>); call it before the endpoints.
    /// </summary>
    public static IApplicationBuilder UseRestForwardedHeaders(this IApplicationBuilder app) =>
        app.UseForwardedHeaders();

    /// <summary>Answers <c>/api/v4</c> and everything under it, for every method.</summary>
    public static IEndpointRouteBuilder MapRest(this IEndpointRouteBuilder endpoints)
    {
        RequestDelegate handle = context =>
            context.RequestServices.GetRequiredService<RestRequestHandler>().HandleAsync(context);
        endpoints.Map(RestPaths.PrefixWithoutSlash, handle);
        endpoints.Map(RestPaths.Prefix + "{**rest}", handle);
        return endpoints;
    }
}
