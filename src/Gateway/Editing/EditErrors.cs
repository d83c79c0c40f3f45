namespace Gateway.Editing;

// The typed errors an edit can answer with, as data. One file for the family: each is tiny, and they
// are read together.

/// <summary>An edit that was refused: what went wrong, in words that name the bad value and the limit.</summary>
public abstract record EditError(string Message);

/// <summary>A field of the input broke a rule; <see cref="Reason"/> is a stable code.</summary>
public sealed record ValidationError(string Field, string Reason, string Message) : EditError(Message);

/// <summary>An id of the input names nothing (it may have been deleted); <see cref="Id"/> is its database id.</summary>
public sealed record NotFoundError(string Field, string Type, int Id, string Message) : EditError(Message);

/// <summary>A value that must be unique is taken, or the entity is still in use.</summary>
public sealed record ConflictError(string Field, string Reason, string Message) : EditError(Message);

/// <summary>The entity changed since the client read it; <see cref="CurrentVersion"/> is what it is now.</summary>
public sealed record StaleVersionError(string Type, int Id, int SeenVersion, int CurrentVersion, string Message)
    : EditError(Message);

/// <summary>The grid is locked and only a moderator may change it.</summary>
public sealed record LockedGridError(int GridId, string Message) : EditError(Message);

/// <summary>The request has no valid API token, or its role may not make this edit.</summary>
public sealed record ForbiddenError(string Reason, EditorRole RequiredRole, string Message) : EditError(Message);
