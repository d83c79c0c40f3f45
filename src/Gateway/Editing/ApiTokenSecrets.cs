using System.Security.Cryptography;
using System.Text;

namespace Gateway.Editing;

/// <summary>
/// Makes API token secrets and the hashes the store keeps of them.
/// </summary>
/// <remarks>
/// Note: a secret is 256 bits from the operating system's CSPRNG, so it cannot be guessed or brute-forced
/// from its hash; a slow password hash (PBKDF2, Argon2) protects low-entropy passwords and would only
/// cost every request time here. A single SHA-256 is the right tool, and being deterministic it lets the
/// store find a token by its hash through a unique index.
/// </remarks>
public static class ApiTokenSecrets
{
    /// <summary>Every secret starts with this, so that leaked tokens are easy to recognise in logs and scans.</summary>
    public const string Prefix = "gwt_";

    /// <summary>Longer inputs are refused before hashing: no real secret is anywhere near this long.</summary>
    public const int MaxLength = 200;

    /// <summary>A new secret: the prefix and 32 random bytes in URL-safe base64.</summary>
    public static string NewSecret()
    {
        Span<byte> bytes = stackalloc byte[32];
        RandomNumberGenerator.Fill(bytes);
        return Prefix + Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    /// <summary>Lower-case hex SHA-256 of the secret's UTF-8 bytes.</summary>
    public static string Hash(string secret) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}
