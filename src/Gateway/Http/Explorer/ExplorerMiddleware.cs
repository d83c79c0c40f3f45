using Microsoft.Extensions.Options;

namespace Gateway.Http.Explorer;

/// <summary>
/// Answers a browser's visit to the GraphQL endpoint with the IDE. Only a GET that accepts HTML and
/// carries none of the GraphQL-over-HTTP parameters is taken; every other request, GraphQL GETs
/// included, goes on to the endpoint.
/// </summary>
internal sealed class ExplorerMiddleware
{
    private static readonly string[] GraphQLParameters = ["query", "operationName", "variables", "extensions", "sdl"];

    private readonly RequestDelegate next;
    private readonly ExplorerPage page;
    private readonly PathString path;
    private readonly PathString pathWithSlash;
    private readonly PathString configurationPath;

    public ExplorerMiddleware(RequestDelegate next, ExplorerPage page, IOptions<ExplorerOptions> options)
    {
        this.next = next;
        this.page = page;
        path = new PathString(options.Value.Path.TrimEnd('/'));
        pathWithSlash = path.Add("/");
        configurationPath = path.Add("/bcp-config.json");
    }

    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!HttpMethods.IsGet(request.Method))
        {
            return next(context);
        }

        if (request.Path.Equals(configurationPath))
        {
            return page.WriteConfigurationAsync(context);
        }

        var atExplorer = request.Path.Equals(path) || request.Path.Equals(pathWithSlash);
        return atExplorer && AcceptsHtml(request) && !CarriesGraphQL(request.Query)
            ? page.WriteIndexAsync(context)
            : next(context);
    }

    private static bool AcceptsHtml(HttpRequest request) =>
        request.GetTypedHeaders().Accept.Any(
            accept => accept.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));

    private static bool CarriesGraphQL(IQueryCollection query) =>
        GraphQLParameters.Any(query.ContainsKey);
}
