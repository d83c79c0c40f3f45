using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace Gateway.Http.Explorer;

/// <summary>Puts the Banana Cake Pop IDE in the request pipeline.</summary>
public static class ExplorerApplicationBuilderExtensions
{
    /// <summary>
    /// Serves the IDE at <see cref="ExplorerOptions.Path"/> when it is switched on: its page for HTML
    /// GETs, its configuration, and its static files below the path. Call it before the GraphQL
    /// endpoint is mapped: it takes only the browser's page requests and lets GraphQL requests by.
    /// </summary>
    public static IApplicationBuilder MapExplorer(this IApplicationBuilder app)
    {
        var options = app.ApplicationServices.GetRequiredService<IOptions<ExplorerOptions>>().Value;
        if (options.Enabled != true)
        {
            return app;
        }

        var logger = app.ApplicationServices.GetRequiredService<ILoggerFactory>()
            .CreateLogger(typeof(ExplorerMiddleware).FullName!);
        var assets = options.ResolveAssetsDirectory();
        if (!File.Exists(Path.Combine(assets, "index.html")))
        {
            ExplorerLog.AssetsMissing(logger, assets);
            return app;
        }

        app.UseMiddleware<ExplorerMiddleware>();
        app.UseStaticFiles(new StaticFileOptions
        {
            RequestPath = new PathString(options.Path.TrimEnd('/')),
            FileProvider = new PhysicalFileProvider(assets),
        });
        ExplorerLog.Serving(logger, options.Path, assets);
        return app;
    }
}
