namespace Gateway.Data;

/// <summary>An API token for edits. Only a hash of the secret is stored.</summary>
public sealed class ApiToken
{
    public const int NameMaxLength = 100;

    public int Id { get; set; }

    public string Name { get; set; } = "";

    /// <summary><c>editor</c> or <c>moderator</c>.</summary>
    public string Role { get; set; } = "";

    /// <summary>Lower-case hex SHA-256 of the secret.</summary>
    public string Hash { get; set; } = "";

    public DateTime Created { get; set; }

    /// <summary>When the token was revoked; null while it is valid.</summary>
    public DateTime? Revoked { get; set; }
}
