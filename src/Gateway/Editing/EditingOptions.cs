namespace Gateway.Editing;

/// <summary>The <c>Editing</c> configuration section.</summary>
public sealed class EditingOptions
{
    public const string SectionName = "Editing";

    /// <summary>
    /// How long an instance may keep trusting a token it has already checked, in seconds; 0 checks the
    /// store on every request. A revoked token is refused by every instance within this time.
    /// </summary>
    public int TokenCacheSeconds { get; set; } = 5;
}
