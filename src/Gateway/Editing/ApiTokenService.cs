using System.Security.Cryptography;
using Gateway.Data;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Editing;

/// <summary>Creates, lists, revokes and looks up API tokens in the store shared by every instance.</summary>
public sealed partial class ApiTokenService(
    IDbContextFactory<CatalogueDbContext> contexts,
    TimeProvider clock,
    ILogger<ApiTokenService> logger)
{
    /// <summary>A token just made: its row and the secret, which is shown this once and never stored.</summary>
    public sealed record CreatedToken(ApiToken Token, string Secret);

    /// <summary>
    /// Makes a token for <paramref name="name"/>. Refused when the name is not a valid editor name or
    /// another token of that name is still valid (edits are signed with the name, so it must say who).
    /// </summary>
    public async Task<CreatedToken> CreateAsync(string name, EditorRole role, CancellationToken cancellationToken)
    {
        name = name.Trim();
        var problem = ValidateName(name);
        if (problem is not null)
        {
            throw new ArgumentException(problem, nameof(name));
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.ApiTokens.AnyAsync(t => t.Name == name && t.Revoked == null, cancellationToken))
        {
            throw new InvalidOperationException(
                $"A valid token named '{name}' already exists; revoke it first or choose another name.");
        }

        var secret = ApiTokenSecrets.NewSecret();
        var token = new ApiToken
        {
            Name = name,
            Role = EditorRoles.Name(role),
            Hash = ApiTokenSecrets.Hash(secret),
            Created = clock.GetUtcNow().UtcDateTime,
        };
        db.ApiTokens.Add(token);
        await db.SaveChangesAsync(cancellationToken);
        LogCreated(token.Id, token.Name, token.Role);
        return new CreatedToken(token, secret);
    }

    /// <summary>Every token, valid and revoked, oldest first.</summary>
    public async Task<IReadOnlyList<ApiToken>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ApiTokens.OrderBy(t => t.Id).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Revokes the valid tokens named <paramref name="nameOrId"/> (or the token with that numeric id).
    /// Returns how many were revoked.
    /// </summary>
    public async Task<int> RevokeAsync(string nameOrId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var query = int.TryParse(nameOrId, out var id)
            ? db.ApiTokens.Where(t => t.Id == id || t.Name == nameOrId)
            : db.ApiTokens.Where(t => t.Name == nameOrId);
        var revoked = await query
            .Where(t => t.Revoked == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.Revoked, now), cancellationToken);
        LogRevoked(nameOrId, revoked);
        return revoked;
    }

    /// <summary>
    /// The editor a presented secret belongs to, or null when it is malformed, unknown or revoked; the
    /// three cases take the same path and give the same answer, so no caller can tell them apart.
    /// </summary>
    public async Task<EditorIdentity?> FindValidAsync(string secret, CancellationToken cancellationToken)
    {
        // The hash is computed even for a secret of the wrong shape so that every rejection costs the same.
        var hash = ApiTokenSecrets.Hash(secret.Length > ApiTokenSecrets.MaxLength ? "" : secret);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.ApiTokens
            .Where(t => t.Hash == hash && t.Revoked == null)
            .Select(t => new { t.Name, t.Role, t.Hash })
            .FirstOrDefaultAsync(cancellationToken);

        // Note: the lookup by hash cannot leak the secret through timing (finding a hash's neighbours says
        // nothing about a preimage); the fixed-time compare guards against a store whose collation or
        // index would match a hash that is not byte-for-byte equal.
        var matches = row is not null && CryptographicOperations.FixedTimeEquals(
            System.Text.Encoding.ASCII.GetBytes(row.Hash), System.Text.Encoding.ASCII.GetBytes(hash));
        var role = EditorRoles.Parse(row?.Role);
        return matches && role is not null && secret.Length <= ApiTokenSecrets.MaxLength
            ? new EditorIdentity(row!.Name, role.Value)
            : null;
    }

    /// <summary>Why <paramref name="name"/> cannot name a token, or null when it can.</summary>
    public static string? ValidateName(string name) =>
        name.Length == 0 ? "A token name is required."
        : name.Length > ApiToken.NameMaxLength
            ? $"The token name is {name.Length} characters long; the limit is {ApiToken.NameMaxLength}."
        : name.Any(char.IsControl) ? "The token name contains a control character."
        : null;

    [LoggerMessage(EventId = 501, Level = LogLevel.Information,
        Message = "Created API token {TokenId} named {TokenName} with role {Role}")]
    private partial void LogCreated(int tokenId, string tokenName, string role);

    [LoggerMessage(EventId = 502, Level = LogLevel.Information,
        Message = "Revoked {Count} API tokens matching {NameOrId}")]
    private partial void LogRevoked(string nameOrId, int count);
}
