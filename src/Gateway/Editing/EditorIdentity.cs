using System.Security.Claims;

namespace Gateway.Editing;

/// <summary>Who makes an edit: the API token's name (stored as <c>modifiedBy</c>) and its role.</summary>
public sealed record EditorIdentity(string Name, EditorRole Role)
{
    public bool IsModerator => Role == EditorRole.Moderator;

    /// <summary>The editor a request authenticated as, or null for an anonymous request.</summary>
    public static EditorIdentity? From(ClaimsPrincipal? user)
    {
        if (user?.Identity is not { IsAuthenticated: true, AuthenticationType: BearerTokenDefaults.Scheme })
        {
            return null;
        }

        var name = user.FindFirstValue(ClaimTypes.Name);
        var role = EditorRoles.Parse(user.FindFirstValue(ClaimTypes.Role));
        return name is null || role is null ? null : new EditorIdentity(name, role.Value);
    }

    /// <summary>The claims the authentication handler issues for this editor.</summary>
    public ClaimsPrincipal ToPrincipal() => new(new ClaimsIdentity(
        [new Claim(ClaimTypes.Name, Name), new Claim(ClaimTypes.Role, EditorRoles.Name(Role))],
        BearerTokenDefaults.Scheme));
}
