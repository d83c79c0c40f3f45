using Gateway.Relay;
using GraphQL.Types;

namespace Gateway.Editing;

// The object types of the typed mutation errors: one small family, read together.

/// <summary>The <c>ValidationError</c> type.</summary>
public sealed class ValidationErrorType : ObjectGraphType<ValidationError>
{
    public ValidationErrorType()
    {
        Name = "ValidationError";
        Description = "A field of the input broke a rule (length, characters, URL form, count, ...).";
        Interface<ErrorInterfaceType>();
        IsTypeOf = value => value is ValidationError;
        Field<NonNullGraphType<StringGraphType>>("message").Description("What is wrong, with the limit.")
            .Resolve(c => c.Source.Message);
        Field<NonNullGraphType<StringGraphType>>("field").Description("The input field, as named in the input type.")
            .Resolve(c => c.Source.Field);
        Field<NonNullGraphType<StringGraphType>>("reason")
            .Description("A stable code: REQUIRED, TOO_LONG, CONTROL_CHARACTER, INVALID_SLUG, INVALID_URL, " +
                "WRONG_COUNT, NEGATIVE or INVALID_ID.")
            .Resolve(c => c.Source.Reason);
    }
}

/// <summary>The <c>NotFoundError</c> type.</summary>
public sealed class NotFoundErrorType : ObjectGraphType<NotFoundError>
{
    public NotFoundErrorType()
    {
        Name = "NotFoundError";
        Description = "An id of the input names nothing (it may have been deleted).";
        Interface<ErrorInterfaceType>();
        IsTypeOf = value => value is NotFoundError;
        Field<NonNullGraphType<StringGraphType>>("message").Description("What was not found.")
            .Resolve(c => c.Source.Message);
        Field<NonNullGraphType<StringGraphType>>("field").Description("The input field that held the id.")
            .Resolve(c => c.Source.Field);
        Field<NonNullGraphType<StringGraphType>>("type").Description("The type of entity that was looked for.")
            .Resolve(c => c.Source.Type);
        Field<NonNullGraphType<IdGraphType>>("id").Description("The global id that was looked for.")
            .Resolve(c => GlobalId.Encode(c.Source.Type, c.Source.Id));
    }
}

/// <summary>The <c>ConflictError</c> type.</summary>
public sealed class ConflictErrorType : ObjectGraphType<ConflictError>
{
    public ConflictErrorType()
    {
        Name = "ConflictError";
        Description = "A value that must be unique is taken (slug, repository URL, grid membership), " +
            "or the entity is still in use (a category with packages).";
        Interface<ErrorInterfaceType>();
        IsTypeOf = value => value is ConflictError;
        Field<NonNullGraphType<StringGraphType>>("message").Description("What conflicts, naming the value.")
            .Resolve(c => c.Source.Message);
        Field<NonNullGraphType<StringGraphType>>("field").Description("The input field the conflict is about.")
            .Resolve(c => c.Source.Field);
        Field<NonNullGraphType<StringGraphType>>("reason")
            .Description("A stable code: TAKEN, ALREADY_IN_GRID, HAS_PACKAGES or NO_CELL.")
            .Resolve(c => c.Source.Reason);
    }
}

/// <summary>The <c>StaleVersionError</c> type.</summary>
public sealed class StaleVersionErrorType : ObjectGraphType<StaleVersionError>
{
    public StaleVersionErrorType()
    {
        Name = "StaleVersionError";
        Description = "The entity changed since the client read it: read it again, then retry with " +
            "currentVersion. Nothing was overwritten.";
        Interface<ErrorInterfaceType>();
        IsTypeOf = value => value is StaleVersionError;
        Field<NonNullGraphType<StringGraphType>>("message").Description("Which entity, at which versions.")
            .Resolve(c => c.Source.Message);
        Field<NonNullGraphType<IdGraphType>>("id").Description("The global id of the entity that changed.")
            .Resolve(c => GlobalId.Encode(c.Source.Type, c.Source.Id));
        Field<NonNullGraphType<IntGraphType>>("seenVersion")
            .Description("The version the input carried (0 when it carried none).")
            .Resolve(c => c.Source.SeenVersion);
        Field<NonNullGraphType<IntGraphType>>("currentVersion").Description("The entity's version now.")
            .Resolve(c => c.Source.CurrentVersion);
    }
}

/// <summary>The <c>LockedGridError</c> type.</summary>
public sealed class LockedGridErrorType : ObjectGraphType<LockedGridError>
{
    public LockedGridErrorType()
    {
        Name = "LockedGridError";
        Description = "The grid is locked: only moderators may change it, its packages, features and cells.";
        Interface<ErrorInterfaceType>();
        IsTypeOf = value => value is LockedGridError;
        Field<NonNullGraphType<StringGraphType>>("message").Description("Which grid is locked.")
            .Resolve(c => c.Source.Message);
        Field<NonNullGraphType<IdGraphType>>("gridId").Description("The global id of the locked grid.")
            .Resolve(c => GlobalId.Encode("Grid", c.Source.GridId));
    }
}

/// <summary>The <c>ForbiddenError</c> type.</summary>
public sealed class ForbiddenErrorType : ObjectGraphType<ForbiddenError>
{
    public ForbiddenErrorType()
    {
        Name = "ForbiddenError";
        Description = "The request has no valid API token, or the token's role may not make this edit. " +
            "A missing, wrong or revoked token all give the same error.";
        Interface<ErrorInterfaceType>();
        IsTypeOf = value => value is ForbiddenError;
        Field<NonNullGraphType<StringGraphType>>("message").Description("What is needed.")
            .Resolve(c => c.Source.Message);
        Field<NonNullGraphType<StringGraphType>>("reason")
            .Description("UNAUTHENTICATED (no valid token) or ROLE (the token's role is too low).")
            .Resolve(c => c.Source.Reason);
        Field<NonNullGraphType<EditorRoleEnumType>>("requiredRole").Description("The role this edit needs.")
            .Resolve(c => c.Source.RequiredRole);
    }
}
