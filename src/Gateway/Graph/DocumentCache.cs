using System.Collections.Concurrent;
using Gateway.Hardening;
using GraphQLParser.AST;

namespace Gateway.Graph;

/// <summary>
/// The parsed documents of query texts that parsed, validated and ran, so that a client sending the same
/// text again (every client with fixed operations and variables) skips parsing and validation. Bounded:
/// past <see cref="Capacity"/> texts it starts over empty.
/// </summary>
/// <remarks>
/// A document's validity depends on the schema, which is fixed for the process, and on the document
/// limits (<see cref="GraphQLLimitsOptions"/>), which can be reloaded: an entry is used only under the
/// very limits object it was validated with. What depends on the request is checked every time: the
/// variables' types and values, the arguments, the cost (<see cref="QueryCostListener"/>), the HTTP method.
/// </remarks>
public sealed class DocumentCache
{
    /// <summary>How many distinct query texts are kept.</summary>
    public const int Capacity = 1000;

    private readonly ConcurrentDictionary<string, (GraphQLDocument Document, GraphQLLimitsOptions Limits)> documents =
        new(StringComparer.Ordinal);

    /// <summary>
    /// The cached document of <paramref name="query"/>, if it was validated under <paramref name="limits"/>.
    /// </summary>
    public bool TryGet(string query, GraphQLLimitsOptions limits, out GraphQLDocument document)
    {
        if (documents.TryGetValue(query, out var entry) && ReferenceEquals(entry.Limits, limits))
        {
            document = entry.Document;
            return true;
        }

        document = null!;
        return false;
    }

    /// <summary>
    /// Keeps <paramref name="document"/>, which parsed from <paramref name="query"/> and validated under
    /// <paramref name="limits"/>.
    /// </summary>
    public void Add(string query, GraphQLDocument document, GraphQLLimitsOptions limits)
    {
        // Note: a client sending ever new texts (literals instead of variables) would grow the cache
        // without end; starting over keeps memory bounded at the cost of re-parsing the common texts.
        if (documents.Count >= Capacity)
        {
            documents.Clear();
        }

        documents[query] = (document, limits);
    }
}
