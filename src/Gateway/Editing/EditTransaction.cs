using System.Runtime.ExceptionServices;
using Gateway.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Gateway.Editing;

/// <summary>
/// Runs one edit in one transaction on a context of its own: the edit's errors, a failed version check
/// or a constraint violation roll everything back, so a mutation either applies whole or writes nothing.
/// </summary>
/// <remarks>
/// Note: on SQLite the transaction begins IMMEDIATE (Microsoft.Data.Sqlite's default), so writers queue
/// on the busy timeout for the whole edit and see each other's commits; on PostgreSQL (read committed)
/// two edits can interleave, and the version in the UPDATE's WHERE clause is what stops the later one.
/// Note: SQLite takes one writer at a time whatever we do, and Microsoft.Data.Sqlite waits for a busy
/// file by sleeping 150 ms between tries; so this process's SQLite edits queue on an in-process gate
/// first, which wakes the next one at once. Other processes (the command-line verbs) still meet the
/// busy timeout, which keeps them correct, only slower.
/// Note: when SQLite still answers busy or locked (another process held the file past the busy timeout,
/// or SQLite gave up without waiting), the whole edit runs again on a fresh context, up to
/// <see cref="SqliteAttempts"/> times. That is safe because such an answer means nothing was committed:
/// a statement refused as busy did nothing, and a COMMIT refused as busy leaves the transaction open,
/// which disposing then rolls back. Other failures (and every failure on PostgreSQL, where a broken
/// connection can leave a commit's outcome unknown) are never retried.
/// </remarks>
public sealed partial class EditTransaction(
    IDbContextFactory<CatalogueDbContext> contexts,
    CatalogueStore store,
    ILogger<EditTransaction> logger)
    : IDisposable
{
    /// <summary>How many times a SQLite edit is tried when the store answers busy or locked.</summary>
    public const int SqliteAttempts = 4;

    // SQLite's primary result codes for a file another connection holds, and for a table locked within one.
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;

    private readonly SemaphoreSlim sqliteWriter = new(1, 1);

    /// <summary>Turns a constraint the store refused into the edit's error; null lets the failure through.</summary>
    public delegate Task<EditError?> ViolationMapper(
        StoreViolation violation, CatalogueDbContext fresh, CancellationToken cancellationToken);

    public async Task<EditResult<T>> RunAsync<T>(
        Func<CatalogueDbContext, CancellationToken, Task<EditResult<T>>> edit,
        ViolationMapper? whenViolated,
        CancellationToken cancellationToken)
        where T : class
    {
        if (store.Provider != CatalogueProvider.Sqlite)
        {
            return await RunInTransactionAsync(edit, whenViolated, cancellationToken);
        }

        await sqliteWriter.WaitAsync(cancellationToken);
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    return await RunInTransactionAsync(edit, whenViolated, cancellationToken);
                }
                catch (Exception e) when (attempt < SqliteAttempts && IsSqliteBusy(e))
                {
                    LogSqliteBusy(attempt, SqliteAttempts, e.Message);
                    await Task.Delay(TimeSpan.FromMilliseconds(50 * attempt), cancellationToken);
                }
            }
        }
        finally
        {
            sqliteWriter.Release();
        }
    }

    public void Dispose() => sqliteWriter.Dispose();

    /// <summary>
    /// Whether <paramref name="exception"/> (or the driver exception it wraps) is SQLite's busy or locked
    /// answer: the write was refused whole and may be tried again.
    /// </summary>
    public static bool IsSqliteBusy(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is SqliteException { SqliteErrorCode: SqliteBusy or SqliteLocked })
            {
                return true;
            }
        }

        return false;
    }

    private async Task<EditResult<T>> RunInTransactionAsync<T>(
        Func<CatalogueDbContext, CancellationToken, Task<EditResult<T>>> edit,
        ViolationMapper? whenViolated,
        CancellationToken cancellationToken)
        where T : class
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.TrackAll;
        IReadOnlyList<EntityEntry> staleEntries;
        Exception failure;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            try
            {
                var result = await edit(db, cancellationToken);
                if (result.Succeeded)
                {
                    await transaction.CommitAsync(cancellationToken);
                }
                else
                {
                    await transaction.RollbackAsync(cancellationToken);
                }

                return result;
            }
            catch (DbUpdateConcurrencyException e)
            {
                staleEntries = e.Entries;
                failure = e;
            }
            catch (Exception e) when (whenViolated is not null && StoreViolation.From(e) is not null)
            {
                staleEntries = [];
                failure = e;
            }
        }

        await using var fresh = await contexts.CreateDbContextAsync(cancellationToken);
        if (staleEntries.Count > 0)
        {
            return EditResult.Fail<T>(await StaleErrorAsync(staleEntries[0], fresh, cancellationToken));
        }

        var error = await whenViolated!(StoreViolation.From(failure)!, fresh, cancellationToken);
        if (error is null)
        {
            ExceptionDispatchInfo.Throw(failure);
        }

        return EditResult.Fail<T>(error);
    }

    /// <summary>The error for an entity whose version check failed: stale, or not found if it is gone.</summary>
    public static async Task<EditError> StaleErrorAsync(
        EntityEntry entry, CatalogueDbContext fresh, CancellationToken cancellationToken)
    {
        var type = entry.Metadata.ClrType.Name;
        var id = (int)entry.Property("Id").CurrentValue!;
        var seen = (int)entry.Property("Version").OriginalValue!;
        var current = await entry.GetDatabaseValuesAsync(cancellationToken);
        return current is null
            ? EditErrorMessages.NotFound("id", type, id)
            : EditErrorMessages.Stale(type, id, seen, current.GetValue<int>("Version"));
    }

    [LoggerMessage(EventId = 504, Level = LogLevel.Warning,
        Message = "SQLite refused an edit as busy or locked (attempt {Attempt} of {Attempts}); trying again: {Reason}")]
    private partial void LogSqliteBusy(int attempt, int attempts, string reason);
}
