using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Gateway.Tests.Filtering;

/// <summary>Counts the SQL statements EF Core sends through the contexts it is added to.</summary>
internal sealed class StatementCounter : DbCommandInterceptor
{
    private int count;

    public int Count => count;

    public List<string> Statements { get; } = [];

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result,
        CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref count);
        lock (Statements)
        {
            Statements.Add(command.CommandText);
        }

        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }
}
