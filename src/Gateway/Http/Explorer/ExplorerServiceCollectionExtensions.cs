namespace Gateway.Http.Explorer;

/// <summary>Registers the Banana Cake Pop IDE.</summary>
public static class ExplorerServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="ExplorerOptions"/> from <c>Gateway:Explorer</c>; the switch defaults to on in
    /// Development and off in every other environment.
    /// </summary>
    public static IServiceCollection AddExplorer(
        this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddOptions<ExplorerOptions>()
            .Bind(configuration.GetSection(ExplorerOptions.SectionName))
            .PostConfigure(options => options.Enabled ??= environment.IsDevelopment())
            .Validate(options => options.Path.StartsWith('/') && options.GraphQLEndpoint.StartsWith('/'),
                "Gateway:Explorer:Path and Gateway:Explorer:GraphQLEndpoint must start with '/'.");
        services.AddSingleton<ExplorerPage>();
        return services;
    }
}
