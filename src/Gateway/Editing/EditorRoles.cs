namespace Gateway.Editing;

/// <summary>The stored and claimed spelling of <see cref="EditorRole"/> (<c>editor</c>, <c>moderator</c>).</summary>
public static class EditorRoles
{
    public const string Editor = "editor";

    public const string Moderator = "moderator";

    /// <summary>The role named <paramref name="name"/>, or null when it names none.</summary>
    public static EditorRole? Parse(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        Editor => EditorRole.Editor,
        Moderator => EditorRole.Moderator,
        _ => null,
    };

    public static string Name(EditorRole role) => role == EditorRole.Moderator ? Moderator : Editor;
}
