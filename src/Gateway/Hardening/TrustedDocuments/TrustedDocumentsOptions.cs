namespace Gateway.Hardening.TrustedDocuments;

/// <summary>The <c>Gateway:TrustedDocuments</c> configuration section.</summary>
public sealed class TrustedDocumentsOptions
{
    public const string SectionName = "Gateway:TrustedDocuments";

    public TrustedDocumentsMode Mode { get; set; } = TrustedDocumentsMode.Allow;
}
