using Gateway.Data;

namespace Gateway.Editing;

/// <summary>
/// Length limits of edited text. Titles, slugs and URLs follow the store's columns (the site's model);
/// the site keeps descriptions and cell texts in unbounded text fields, so their limits are ours, chosen
/// well above what the catalogue holds and low enough that one request cannot bloat the store.
/// </summary>
public static class EditLimits
{
    public const int DescriptionMaxLength = 2_000;

    public const int FeatureDescriptionMaxLength = 1_000;

    public const int ElementTextMaxLength = 1_000;

    public const int UrlMaxLength = Package.UrlMaxLength;
}
