namespace Gateway.Http.Explorer;

/// <summary>
/// The IDE's <c>bcp-config.json</c>: in self-hosted mode the IDE fetches this file from beside its own
/// page before it renders, and takes its endpoint and title from it.
/// </summary>
/// <param name="Endpoint">The absolute URL of the GraphQL endpoint the IDE's documents talk to.</param>
/// <param name="Title">The title the IDE shows in its tab.</param>
internal sealed record BananaCakePopConfiguration(string Endpoint, string Title)
{
    /// <summary>Off, so that the IDE uses <see cref="Endpoint"/> rather than the page's own address.</summary>
    public bool UseBrowserUrlAsEndpoint { get; init; }

    /// <summary>On: the IDE must reach nothing but this server, and works with no internet.</summary>
    public bool DisableTelemetry { get; init; } = true;

    /// <summary>Operations go as POST, which carries mutations too.</summary>
    public bool UseGet { get; init; }

    /// <summary>The gateway authenticates with tokens in headers, not cookies.</summary>
    public bool IncludeCookies { get; init; }
}
