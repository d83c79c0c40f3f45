namespace Gateway.Http.Explorer;

/// <summary>
/// The <c>Gateway:Explorer</c> configuration section: the Banana Cake Pop IDE served to browsers at the
/// GraphQL endpoint's address.
/// </summary>
public sealed class ExplorerOptions
{
    public const string SectionName = "Gateway:Explorer";

    /// <summary>
    /// Serve the IDE. When not set, it is on in the Development environment and off elsewhere, as
    /// HotChocolate does, so that a production server shows no IDE unless asked to.
    /// </summary>
    public bool? Enabled { get; set; }

    /// <summary>The title of the IDE's browser tab and workspace.</summary>
    public string Title { get; set; } = "Gateway";

    /// <summary>Where browsers find the IDE; its static files are served below this path.</summary>
    public string Path { get; set; } = "/graphql";

    /// <summary>The GraphQL endpoint the IDE sends its requests to, relative to the application's root.</summary>
    public string GraphQLEndpoint { get; set; } = "/graphql";

    /// <summary>
    /// The folder holding the IDE's static files (its <c>index.html</c>); by default the <c>explorer</c>
    /// folder that the build copies from npm beside the application.
    /// </summary>
    public string? AssetsDirectory { get; set; }

    /// <summary>The IDE's folder, resolved against the application's base directory.</summary>
    public string ResolveAssetsDirectory() =>
        System.IO.Path.GetFullPath(AssetsDirectory ?? "explorer", AppContext.BaseDirectory);
}
