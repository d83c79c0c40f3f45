namespace Gateway.Rest;

/// <summary>The resources of the v4 router, in the order the site registers them.</summary>
internal enum RestResource
{
    Root,
    Packages,
    Search,
    Grids,
    Categories,
}
