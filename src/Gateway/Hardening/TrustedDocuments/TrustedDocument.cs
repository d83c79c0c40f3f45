namespace Gateway.Hardening.TrustedDocuments;

/// <summary>
/// An operation registered by a client's build (codegen's persisted-documents manifest), run by its
/// SHA-256 hash. Kept in the catalogue's store so that every instance of the gateway shares the list.
/// </summary>
public sealed class TrustedDocument
{
    /// <summary>Lower-case hex SHA-256 of <see cref="Query"/>'s UTF-8 bytes: the document id's payload.</summary>
    public string Hash { get; set; } = "";

    public string Query { get; set; } = "";

    public DateTime Registered { get; set; }
}
