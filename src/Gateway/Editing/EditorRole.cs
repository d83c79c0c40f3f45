namespace Gateway.Editing;

/// <summary>What an API token may edit. Reading needs no token at all.</summary>
public enum EditorRole
{
    /// <summary>Edits packages and unlocked grids.</summary>
    Editor,

    /// <summary>Everything an editor may, plus categories, locking grids and editing locked grids.</summary>
    Moderator,
}
