namespace Gateway.Rest;

/// <summary>The site's two renderers, in DRF's order: JSON first, then the browsable API.</summary>
internal enum RestRenderer
{
    Json,
    BrowsableApi,
}
