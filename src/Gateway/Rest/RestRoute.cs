namespace Gateway.Rest;

/// <summary>A matched v4 URL: the resource, the looked-up segment of a detail URL, and its format suffix.</summary>
internal sealed record RestRoute(RestResource Resource, string? Lookup, string? FormatSuffix)
{
    public bool IsDetail => Lookup is not null;

    /// <summary>The URL segment of the resource (<c>packages</c>, ...); empty for the root.</summary>
    public static string Segment(RestResource resource) => resource switch
    {
        RestResource.Packages => "packages",
        RestResource.Search => "search",
        RestResource.Grids => "grids",
        RestResource.Categories => "categories",
        _ => "",
    };
}
