using GraphQL.Types;

namespace Gateway.Editing;

/// <summary>The <c>EditorRole</c> enum.</summary>
public sealed class EditorRoleEnumType : EnumerationGraphType<EditorRole>
{
    public EditorRoleEnumType()
    {
        Name = "EditorRole";
        Description = "The role of an API token.";
        Values["EDITOR"]!.Description = "Edits packages and unlocked grids.";
        Values["MODERATOR"]!.Description =
            "Everything an editor may, plus categories, locking and unlocking grids, and editing locked grids.";
    }
}
