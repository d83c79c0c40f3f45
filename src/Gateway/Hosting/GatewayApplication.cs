using Gateway.Data;
using Gateway.Data.Import;
using Gateway.Editing;
using Gateway.Filtering;
using Gateway.Graph;
using Gateway.Hardening;
using Gateway.Health;
using Gateway.Http;
using Gateway.Http.Explorer;
using Gateway.Observability;
using Gateway.Rest;
using Gateway.Search;

namespace Gateway.Hosting;

/// <summary>Builds the web application: the catalogue store, the graph and the REST shim.</summary>
public static class GatewayApplication
{
    /// <summary>
    /// Builds the server from command-line arguments (ASP.NET's <c>--urls</c>, <c>--Key=value</c>, ...).
    /// </summary>
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        BaseDirectorySettings.AddTo(builder.Configuration, builder.Environment);
        builder.Services.AddGatewayServices(builder.Configuration);
        builder.Services.AddHostedService<CatalogueStartupService>();
        builder.AddObservability();
        builder.Services.AddGatewayHealth(builder.Configuration);
        builder.Services.AddExplorer(builder.Configuration, builder.Environment);

        var app = builder.Build();

        // Order matters: the client's address and scheme first (rate limits and links use them), then
        // the request log around everything, limits before any work, identity before the endpoints.
        app.UseRestForwardedHeaders();
        app.UseObservability();
        app.UseHardening();
        app.UseEditing();
        app.UseSchemaSdl();
        app.MapExplorer();
        app.MapGatewayHealth();
        app.MapGet("/", () => Results.Redirect("/graphql"));
        app.MapGraph();
        app.MapRest();
        return app;
    }

    /// <summary>Everything the server and the command-line verbs share.</summary>
    public static IServiceCollection AddGatewayServices(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddStatementCounting();
        services.AddCatalogue(configuration);
        services.AddFiltering();
        services.AddSearch();
        services.AddEditing(configuration);
        services.AddHardening(configuration);
        services.AddCatalogueImport();
        services.AddGraph(configuration);
        services.AddRest(configuration);
        return services;
    }
}
