namespace Gateway.Editing;

/// <summary>Names of the API token authentication scheme.</summary>
public static class BearerTokenDefaults
{
    /// <summary>The scheme name, also the <c>Authorization</c> header's prefix.</summary>
    public const string Scheme = "Bearer";
}
