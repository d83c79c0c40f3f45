using System.Globalization;

namespace Gateway.Editing;

/// <summary>The typed errors with their messages, worded once so that every mutation says the same thing.</summary>
public static class EditErrorMessages
{
    /// <summary>
    /// Answer to a request without a valid token; the same whether a token was missing, wrong or revoked.
    /// </summary>
    public const string Unauthenticated =
        "Editing needs a valid API token, sent as 'Authorization: Bearer <token>'.";

    public static ForbiddenError NotSignedIn() => new("UNAUTHENTICATED", EditorRole.Editor, Unauthenticated);

    public static ForbiddenError ModeratorsOnly(string what) => new("ROLE", EditorRole.Moderator,
        $"Only moderators may {what}; this token's role is editor.");

    public static NotFoundError NotFound(string field, string type, int id) => new(field, type, id,
        string.Create(CultureInfo.InvariantCulture, $"No {type} with database id {id} exists ({field})."));

    public static StaleVersionError Stale(string type, int id, int seen, int current) => new(type, id, seen, current,
        string.Create(CultureInfo.InvariantCulture,
            $"{type} {id} is at version {current}, not {seen}: it changed since it was read. " +
            $"Read it again and retry with the current version."));

    public static ConflictError Taken(string field, string value) => new(field, "TAKEN",
        $"{field} '{value}' is already taken by another entry.");

    public static LockedGridError Locked(int gridId, string slug) => new(gridId,
        $"Grid '{slug}' is locked; only moderators may change it.");

    /// <summary>Picks the first problem of an edit's checks: a forbidden or missing editor comes first.</summary>
    public static EditError? Authorize(EditorIdentity? editor, bool moderatorOnly, string what) =>
        editor is null ? NotSignedIn()
        : moderatorOnly && !editor.IsModerator ? ModeratorsOnly(what)
        : null;
}
