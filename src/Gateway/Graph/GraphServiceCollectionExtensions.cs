using System.Text.Encodings.Web;
using Gateway.Categories;
using Gateway.DataLoading;
using Gateway.Editing;
using Gateway.Grids;
using Gateway.Http;
using Gateway.Packages;
using Gateway.Participants;
using Gateway.Relay;
using GraphQL;
using GraphQLParser.AST;

namespace Gateway.Graph;

/// <summary>Registers the graph: schema, types, loaders and the HTTP endpoint.</summary>
public static class GraphServiceCollectionExtensions
{
    /// <summary>Adds the GraphQL schema and everything it runs on.</summary>
    public static IServiceCollection AddGraph(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<GraphOptions>(configuration.GetSection(GraphOptions.SectionName));
        services.AddScoped<DataLoaderRegistry>();
        services.AddSingleton<GraphQLHttpEndpoint>();
        services.AddSingleton<DocumentCache>();
        services.AddSingleton<GraphQL.DI.IConfigureExecution, DocumentCacheExecution>();
        services.AddSingleton<SchemaDocument>();
        services.AddSingleton<IQueryFields, NodeQueries>();
        services.AddSingleton<IQueryFields, PackageQueries>();
        services.AddSingleton<IQueryFields, CategoryQueries>();
        services.AddSingleton<IQueryFields, GridQueries>();
        services.AddSingleton<IQueryFields, ParticipantQueries>();
        services.AddTransient(typeof(ConnectionGraphType<>));
        services.AddTransient(typeof(EdgeGraphType<>));
        services.AddGraphQL(graph => graph
            .AddSchema<GatewaySchema>()
            .AddExecutionStrategy<MutationExecutionStrategy>(OperationType.Mutation)
            // Note: relaxed escaping writes '+', quotes and non-ASCII text as they are; the body is JSON
            // with a JSON content type, never HTML, so the default escaping protects nothing here.
            .AddSystemTextJson(json => json.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping)
            .AddGraphTypes(typeof(GatewaySchema).Assembly)
            .AddErrorInfoProvider((options, provider) =>
                options.ExposeExceptionDetails = provider.GetRequiredService<IHostEnvironment>().IsDevelopment()));
        return services;
    }
}
