using Gateway.Data;
using Gateway.Data.Import;
using Gateway.Graph;
using Gateway.Hardening;
using Gateway.Health;
using Gateway.Http;
using Gateway.Filtering;
using Gateway.Http.Explorer;
using Gateway.Rest;
using Gateway.Editing;
using Gateway.Graph;
using Gateway.Http;
using Gateway.Http.Explorer;
using Gateway.Http.Explorer;
using Gateway.Observability;

namespace Gateway.Hosting;

/// <summary>Builds the web application: the catalogue store, the graph and the REST shim.</summary>
public static class GatewayApplication
{
    /// <summary>Builds the server from command-line arguments (ASP.NET's <c>--urls</c>, <c>--Key=value</c>, ...).</summary>
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddGatewayServices(builder.Configuration);
        builder.Services.AddHostedService<CatalogueStartupService>();
        builder.AddObservability();
        builder.Services.AddGatewayHealth(builder.Configuration);
        builder.Services.AddExplorer(builder.Configuration, builder.Environment);

        var app = builder.Build();
        app.UseRestForwardedHeaders();
        app.UseEditing();
        app.MapGet("/", () => Results.Redirect("/graphql"));
        app.UseSchemaSdl();
        app.MapExplorer();
        app.MapGraph();
        app.MapRest();
        app.UseObservability();
        app.UseHardening();
        app.MapGatewayHealth();
        app.MapGet("/", () => Results.Redirect("/graphql"));
        app.MapGraph();
        app.MapExplorer();
        return app;
    }

    /// <summary>Everything the server and the command-line verbs share.</summary>
    public static IServiceCollection AddGatewayServices(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddCatalogue(configuration);
        services.AddFiltering();
        services.AddEditing(configuration);
        services.AddHardening(configuration);
        services.AddCatalogueImport();
        services.AddGraph(configuration);
        services.AddRest(configuration);
        return services;
    }
}
