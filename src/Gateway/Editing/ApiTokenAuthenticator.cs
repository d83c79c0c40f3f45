using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Gateway.Editing;

/// <summary>
/// Checks presented secrets against the store, keeping accepted ones for a few seconds per instance.
/// </summary>
/// <remarks>
/// Note: only accepted tokens are kept, and only for <see cref="EditingOptions.TokenCacheSeconds"/>, so
/// a revocation made on any instance (or by the command line) is honoured everywhere within that time,
/// and a new token works at once. Hand-written rather than <c>IMemoryCache</c> because the expiry must
/// follow the injected <see cref="TimeProvider"/>, and the entries are keyed by hash, never by secret.
/// </remarks>
public sealed class ApiTokenAuthenticator(
    ApiTokenService tokens,
    TimeProvider clock,
    IOptions<EditingOptions> options)
{
    private const int MaxEntries = 10_000;

    private readonly ConcurrentDictionary<string, (EditorIdentity Editor, DateTimeOffset Until)> accepted =
        new(StringComparer.Ordinal);

    /// <summary>The editor <paramref name="secret"/> belongs to, or null when it is not a valid token.</summary>
    public async Task<EditorIdentity?> AuthenticateAsync(string secret, CancellationToken cancellationToken)
    {
        var ttl = TimeSpan.FromSeconds(options.Value.TokenCacheSeconds);
        var now = clock.GetUtcNow();
        var key = ApiTokenSecrets.Hash(secret);
        if (ttl > TimeSpan.Zero && accepted.TryGetValue(key, out var entry) && entry.Until > now)
        {
            return entry.Editor;
        }

        var editor = await tokens.FindValidAsync(secret, cancellationToken);
        if (editor is null)
        {
            accepted.TryRemove(key, out _);
            return null;
        }

        if (ttl > TimeSpan.Zero)
        {
            if (accepted.Count >= MaxEntries)
            {
                accepted.Clear();
            }

            accepted[key] = (editor, now + ttl);
        }

        return editor;
    }
}
