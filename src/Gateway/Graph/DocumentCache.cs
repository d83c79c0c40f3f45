using System.Collections.Concurrent;
using GraphQLParser.AST;

namespace Gateway.Graph;

/// <summary>
/// The parsed documents of query texts that parsed, validated and ran, so that a client sending the same
/// text again (every client with fixed operations and variables) skips parsing and the document-only
/// validation rules. Bounded: past <see cref="Capacity"/> texts it starts over empty.
/// </summary>
/// <remarks>
/// Only rules that depend on nothing but the document and the schema are skipped for a cached text;
/// the rules that depend on the request (its variables, its HTTP method, the current limits) are in
/// <see cref="GraphQL.ExecutionOptions.CachedDocumentValidationRules"/> and run every time.
/// </remarks>
public sealed class DocumentCache
{
    /// <summary>How many distinct query texts are kept.</summary>
    public const int Capacity = 1000;

    private readonly ConcurrentDictionary<string, GraphQLDocument> documents = new(StringComparer.Ordinal);

    /// <summary>The cached document of <paramref name="query"/>, if it has one.</summary>
    public bool TryGet(string query, out GraphQLDocument document) =>
        documents.TryGetValue(query, out document!);

    /// <summary>Keeps <paramref name="document"/>, which parsed from <paramref name="query"/> and validated.</summary>
    public void Add(string query, GraphQLDocument document)
    {
        // Note: a client sending ever new texts (literals instead of variables) would grow the cache
        // without end; starting over keeps memory bounded at the cost of re-parsing the common texts.
        if (documents.Count >= Capacity)
        {
            documents.Clear();
        }

        documents[query] = document;
    }
}
