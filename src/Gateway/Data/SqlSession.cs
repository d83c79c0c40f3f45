using System.Data.Common;
using System.Diagnostics;
using Gateway.Observability;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Data;

/// <summary>
/// A connection for statements written by hand: on SQLite one of the open connections that keep their
/// prepared statements (<see cref="PreparedSqliteConnections"/>), otherwise a pooled context's connection
/// opened through EF Core. Either way the connection setup (busy timeout, SQLite functions) is that of
/// every other read, and each statement is counted in the request's <see cref="RequestTelemetry"/> as
/// EF Core's own are.
/// </summary>
internal sealed class SqlSession : IAsyncDisposable
{
    private readonly CatalogueDbContext? db;
    private readonly PreparedSqliteConnections.Lease? lease;
    private readonly DbConnection? connection;
    private readonly List<DbCommand> owned = [];

    private SqlSession(CatalogueDbContext db, DbConnection connection)
    {
        this.db = db;
        this.connection = connection;
    }

    private SqlSession(PreparedSqliteConnections.Lease lease) => this.lease = lease;

    /// <summary>The store the session reads.</summary>
    public CatalogueProvider Provider => lease is null ? db!.Provider : CatalogueProvider.Sqlite;

    /// <summary>
    /// A session on one of the SQLite store's prepared connections when <paramref name="contexts"/> keeps
    /// them, otherwise on the connection of <paramref name="db"/>, which stays the caller's to dispose.
    /// </summary>
    public static async Task<SqlSession> OpenAsync(IDbContextFactory<CatalogueDbContext> contexts,
        CatalogueDbContext db, CancellationToken cancellationToken)
    {
        if (contexts is IPreparedConnectionSource source && source.Prepared(db) is { } prepared)
        {
            return new SqlSession(prepared.Rent());
        }

        await db.Database.OpenConnectionAsync(cancellationToken);
        return new SqlSession(db, db.Database.GetDbConnection());
    }

    /// <summary>
    /// The command of <paramref name="sql"/> without parameters, counted as one statement of the request.
    /// The session owns it: do not dispose it.
    /// </summary>
    public DbCommand Command(string sql)
    {
        RequestTelemetry.Current?.CountSqlStatement();
        if (lease is not null)
        {
            return lease.Command(sql);
        }

        var command = connection!.CreateCommand();
        command.CommandText = sql;
        owned.Add(command);
        return command;
    }

    /// <summary>
    /// Starts the trace span of <paramref name="command"/> when something listens (null otherwise); dispose
    /// it once the statement's rows are read.
    /// </summary>
    public Activity? Trace(DbCommand command)
    {
        var activity = GatewayTelemetry.SqlSource.StartActivity(Provider == CatalogueProvider.Sqlite
            ? "SELECT sqlite" : "SELECT postgresql", ActivityKind.Client);
        if (activity is not null)
        {
            activity.SetTag("db.system.name", Provider == CatalogueProvider.Sqlite ? "sqlite" : "postgresql");
            activity.SetTag("db.operation.name", "SELECT");
            activity.SetTag("db.query.text", command.CommandText);
        }

        return activity;
    }

    /// <summary>
    /// Adds the parameter <paramref name="name"/> (<c>@name</c> in the SQL) to <paramref name="command"/>.
    /// </summary>
    public static void Add(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
    }

    /// <summary>Gives the connection back: to the prepared ones, or closed to the pool.</summary>
    public async ValueTask DisposeAsync()
    {
        if (lease is not null)
        {
            lease.Dispose();
            return;
        }

        foreach (var command in owned)
        {
            await command.DisposeAsync();
        }

        await db!.Database.CloseConnectionAsync();
    }
}

/// <summary>A context factory that keeps open SQLite connections with prepared statements.</summary>
internal interface IPreparedConnectionSource
{
    /// <summary>The prepared connections of the store <paramref name="db"/> reaches; null when it keeps none.</summary>
    PreparedSqliteConnections? Prepared(CatalogueDbContext db);
}
