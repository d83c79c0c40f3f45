namespace Gateway.Rest;

/// <summary>Where the shim answers.</summary>
internal static class RestPaths
{
    /// <summary>The router's root, as the site mounts it.</summary>
    public const string Prefix = "/api/v4/";

    /// <summary>The root without its slash: Django's <c>APPEND_SLASH</c> redirects it.</summary>
    public const string PrefixWithoutSlash = "/api/v4";
}
