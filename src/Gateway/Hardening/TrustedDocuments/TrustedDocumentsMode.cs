namespace Gateway.Hardening.TrustedDocuments;

/// <summary>Whether the endpoint runs registered documents, and whether it runs anything else.</summary>
public enum TrustedDocumentsMode
{
    /// <summary>Only query text; a document id is refused.</summary>
    Off,

    /// <summary>Query text or the id of a registered document.</summary>
    Allow,

    /// <summary>Only the id of a registered document: what a production front end sends.</summary>
    Require,
}
