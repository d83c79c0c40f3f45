using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Gateway.Data;

/// <summary>
/// Open SQLite connections for the hand-written reads (<see cref="SqlSession"/>), each keeping the
/// statements it prepared, so that a statement a request sent before is not compiled again.
/// </summary>
/// <remarks>
/// Note: Microsoft.Data.Sqlite finalizes a command's prepared statements when its connection closes, and
/// every read closes its connection (back to the pool) when done; preparing took most of SQLite's time for
/// the nested pages of issue 9's benchmark (about 200 µs to prepare a windowed page, 25 µs to run it). The
/// connections here stay open, with the same connection string (busy timeout included) and functions as
/// the EF Core ones; a read holds no transaction between statements, so each statement sees the latest
/// commit. Idle connections are capped, and closed with the application (the factory that owns this
/// disposes it).
/// </remarks>
internal sealed class PreparedSqliteConnections(string connectionString) : IDisposable
{
    /// <summary>Statements kept per connection; past this, the connection forgets them all and starts again.</summary>
    private const int MaxStatements = 128;

    private const int MaxIdle = 32;

    private readonly ConcurrentBag<Lease> idle = [];
    private int idleCount;
    private volatile bool disposed;

    /// <summary>An open connection, the caller's until it disposes the lease.</summary>
    public Lease Rent()
    {
        if (idle.TryTake(out var lease))
        {
            Interlocked.Decrement(ref idleCount);
            return lease;
        }

        var connection = new SqliteConnection(connectionString);
        connection.Open();
        Filtering.SqliteTextFoldingInterceptor.Register(connection);
        return new Lease(this, connection);
    }

    /// <summary>Closes the idle connections; leased ones close when they come back.</summary>
    public void Dispose()
    {
        disposed = true;
        while (idle.TryTake(out var lease))
        {
            lease.Close();
        }
    }

    private void Return(Lease lease)
    {
        if (disposed)
        {
            lease.Close();
            return;
        }

        if (Interlocked.Increment(ref idleCount) > MaxIdle)
        {
            Interlocked.Decrement(ref idleCount);
            lease.Close();
            return;
        }

        idle.Add(lease);
        if (disposed)
        {
            // Disposed while this one came back: close it with the others.
            Dispose();
        }
    }

    /// <summary>One open connection and the commands it prepared, keyed by their SQL.</summary>
    internal sealed class Lease(PreparedSqliteConnections owner, SqliteConnection connection) : IDisposable
    {
        private readonly Dictionary<string, SqliteCommand> commands = new(StringComparer.Ordinal);

        /// <summary>The command of <paramref name="sql"/>, prepared when it ran before, without parameters.</summary>
        public DbCommand Command(string sql)
        {
            if (commands.TryGetValue(sql, out var command))
            {
                command.Parameters.Clear();
                return command;
            }

            if (commands.Count >= MaxStatements)
            {
                Forget();
            }

            command = connection.CreateCommand();
            command.CommandText = sql;
            // Note: without Prepare, Microsoft.Data.Sqlite compiles the text again on every execution.
            command.Prepare();
            commands[sql] = command;
            return command;
        }

        /// <summary>Back to the idle connections.</summary>
        public void Dispose() => owner.Return(this);

        internal void Close()
        {
            Forget();
            connection.Dispose();
        }

        private void Forget()
        {
            foreach (var command in commands.Values)
            {
                command.Dispose();
            }

            commands.Clear();
        }
    }
}
