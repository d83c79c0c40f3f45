using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Gateway.Editing;

/// <summary>Which kind of constraint the store refused a write for.</summary>
public enum StoreViolationKind
{
    /// <summary>A unique index (or primary key) already holds the value.</summary>
    Unique,

    /// <summary>A foreign key points at a row that is gone, or a row is still referenced.</summary>
    ForeignKey,
}

/// <summary>
/// A constraint violation reported by either store, with the text that names the constraint (PostgreSQL's
/// constraint name, or SQLite's message, which names the table and columns).
/// </summary>
public sealed record StoreViolation(StoreViolationKind Kind, string Constraint)
{
    /// <summary>
    /// Reads a violation out of <paramref name="exception"/> (a <see cref="DbUpdateException"/> from
    /// <c>SaveChanges</c>, or the provider's own exception from a bulk statement); null when it is some
    /// other failure.
    /// Note: the two providers report constraints differently (SQLite error 19 with extended codes 2067,
    /// 1555 and 787; PostgreSQL SQLSTATE 23505 and 23503), so both are read here, once.
    /// </summary>
    public static StoreViolation? From(Exception exception) =>
        (exception is DbUpdateException ? exception.InnerException : exception) switch
        {
            SqliteException { SqliteExtendedErrorCode: 2067 or 1555 } e => new(StoreViolationKind.Unique, e.Message),
            SqliteException { SqliteExtendedErrorCode: 787 } e => new(StoreViolationKind.ForeignKey, e.Message),
            PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } e =>
                new(StoreViolationKind.Unique, e.ConstraintName ?? e.MessageText),
            PostgresException { SqlState: PostgresErrorCodes.ForeignKeyViolation } e =>
                new(StoreViolationKind.ForeignKey, e.ConstraintName ?? e.MessageText),
            _ => null,
        };

    /// <summary>Whether the constraint covers the column <paramref name="column"/> (snake_case).</summary>
    public bool Involves(string column) => Constraint.Contains(column, StringComparison.OrdinalIgnoreCase);
}
