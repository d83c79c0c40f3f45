using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Gateway.Data;
using GraphQL.PersistedDocuments;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Hardening.TrustedDocuments;

/// <summary>
/// Registers trusted documents in the store and loads them by hash for GraphQL.NET's persisted-document
/// handler. Found documents are cached: a hash names one text forever, so a cached entry never goes stale.
/// </summary>
public sealed class TrustedDocumentStore(IDbContextFactory<CatalogueDbContext> contexts, TimeProvider clock)
    : IPersistedDocumentLoader
{
    private const int CacheLimit = 10_000;

    private readonly ConcurrentDictionary<string, string> cache = new(StringComparer.Ordinal);

    /// <summary>The lower-case hex SHA-256 of the query's UTF-8 bytes.</summary>
    public static string HashOf(string query) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(query)));

    public async ValueTask<string?> GetQueryAsync(
        string? documentIdPrefix, string documentIdPayload, CancellationToken cancellationToken)
    {
        if (cache.TryGetValue(documentIdPayload, out var cached))
        {
            return cached;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = await db.Set<TrustedDocument>()
            .Where(d => d.Hash == documentIdPayload)
            .Select(d => d.Query)
            .SingleOrDefaultAsync(cancellationToken);
        if (query is not null && cache.Count < CacheLimit)
        {
            cache.TryAdd(documentIdPayload, query);
        }

        return query;
    }

    /// <summary>
    /// Registers each document of a manifest (<c>{ "hash": "query" }</c>) whose hash matches its text.
    /// Already registered hashes are left as they are. Returns how many were added.
    /// </summary>
    /// <exception cref="ArgumentException">A hash that is not the SHA-256 of its query.</exception>
    public async Task<int> RegisterAsync(IReadOnlyDictionary<string, string> manifest, CancellationToken cancellationToken)
    {
        foreach (var (hash, query) in manifest)
        {
            var actual = HashOf(query);
            if (!string.Equals(actual, hash, StringComparison.Ordinal))
            {
                throw new ArgumentException(
                    $"The manifest entry '{hash}' is not the SHA-256 of its query (which is '{actual}').",
                    nameof(manifest));
            }
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var hashes = manifest.Keys.ToList();
        var known = await db.Set<TrustedDocument>()
            .Where(d => hashes.Contains(d.Hash))
            .Select(d => d.Hash)
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var added = manifest
            .Where(entry => !known.Contains(entry.Key))
            .Select(entry => new TrustedDocument { Hash = entry.Key, Query = entry.Value, Registered = now })
            .ToList();
        db.AddRange(added);
        await db.SaveChangesAsync(cancellationToken);
        return added.Count;
    }
}
