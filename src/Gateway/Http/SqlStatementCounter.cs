using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Gateway.Http;

/// <summary>
/// Counts the SQL commands EF Core sends on behalf of the current request. The request's tally travels
/// in an <see cref="AsyncLocal{T}"/>, so it follows every resolver and loader fetch the request starts.
/// </summary>
public sealed class SqlStatementCounter : DbCommandInterceptor
{
    private static readonly AsyncLocal<Tally?> Current = new();

    /// <summary>Starts counting for the calling flow (a request); dispose to stop.</summary>
    public static Tally Begin()
    {
        var tally = new Tally();
        Current.Value = tally;
        return tally;
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Count();
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command,
        CommandEventData eventData, InterceptionResult<DbDataReader> result,
        CancellationToken cancellationToken = default)
    {
        Count();
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Count();
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command,
        CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Count();
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Count();
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command,
        CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Count();
        return ValueTask.FromResult(result);
    }

    private static void Count() => Current.Value?.Increment();

    /// <summary>The statements counted for one request.</summary>
    public sealed class Tally : IDisposable
    {
        private int statements;

        public int Statements => Volatile.Read(ref statements);

        public void Dispose()
        {
            if (ReferenceEquals(Current.Value, this))
            {
                Current.Value = null;
            }
        }

        internal void Increment() => Interlocked.Increment(ref statements);
    }
}
