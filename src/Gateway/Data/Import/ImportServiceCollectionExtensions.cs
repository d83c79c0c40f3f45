namespace Gateway.Data.Import;

/// <summary>Registers the v4 importer behind the <c>import</c> verb.</summary>
public static class ImportServiceCollectionExtensions
{
    /// <summary>The name of the HTTP client that reads v4 base URLs.</summary>
    public const string HttpClientName = "v4-import";

    public static IServiceCollection AddCatalogueImport(this IServiceCollection services)
    {
        services.AddHttpClient(HttpClientName, client =>
        {
            client.Timeout = TimeSpan.FromMinutes(2);
            client.DefaultRequestHeaders.UserAgent.ParseAdd("Gateway-v4-import/1.0");
        });
        services.AddTransient<V4Importer>();
        return services;
    }
}
