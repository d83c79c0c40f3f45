using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.Extensions.Options;

namespace Gateway.Http.Explorer;

/// <summary>
/// Renders the IDE's page and its <c>bcp-config.json</c>. The package's <c>index.html</c> loads its
/// scripts by relative paths, so the page gets a <c>base</c> element that anchors them below the
/// explorer's path; that keeps the address the browser shows at <c>/graphql</c>, with no redirect.
/// </summary>
internal sealed class ExplorerPage
{
    private const string PackageTitle = "<title>Banana Cake Pop</title>";

    private readonly ExplorerOptions options;
    private readonly Lazy<string> template;

    public ExplorerPage(IOptions<ExplorerOptions> options)
    {
        this.options = options.Value;
        template = new Lazy<string>(() => LoadTemplate(this.options.ResolveAssetsDirectory()));
    }

    /// <summary>Writes the IDE's <c>index.html</c>, anchored at the explorer's path and titled.</summary>
    public Task WriteIndexAsync(HttpContext context)
    {
        var baseHref = context.Request.PathBase.Add(options.Path).Value!.TrimEnd('/') + "/";
        var html = template.Value
            .Replace("<head>", $"<head><base href=\"{HtmlEncoder.Default.Encode(baseHref)}\"/>",
                StringComparison.Ordinal)
            .Replace(PackageTitle, $"<title>{HtmlEncoder.Default.Encode(options.Title)}</title>",
                StringComparison.Ordinal);

        var response = context.Response;
        response.ContentType = "text/html; charset=utf-8";
        response.Headers.CacheControl = "no-cache";
        response.Headers.Vary = "Accept";
        return response.WriteAsync(html, context.RequestAborted);
    }

    /// <summary>Writes the configuration that points the IDE at the GraphQL endpoint of this server.</summary>
    public Task WriteConfigurationAsync(HttpContext context)
    {
        var request = context.Request;
        var endpoint = UriHelper.BuildAbsolute(
            request.Scheme, request.Host, request.PathBase, new PathString(options.GraphQLEndpoint));

        context.Response.Headers.CacheControl = "no-cache";
        return context.Response.WriteAsJsonAsync(
            new BananaCakePopConfiguration(endpoint, options.Title), context.RequestAborted);
    }

    private static string LoadTemplate(string assetsDirectory)
    {
        var path = Path.Combine(assetsDirectory, "index.html");
        var html = File.ReadAllText(path);
        if (!html.Contains("<head>", StringComparison.Ordinal))
        {
            throw new InvalidOperationException(
                $"'{path}' has no <head> element to anchor the IDE's relative paths; the npm package's " +
                "layout changed, so the explorer needs a look.");
        }

        return html;
    }
}
