using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Gateway.Filtering;

/// <summary>
/// Registers <see cref="TextFolding.SqliteFunctionName"/> on every SQLite connection the catalogue opens.
/// PostgreSQL connections pass through untouched.
/// </summary>
public sealed class SqliteTextFoldingInterceptor : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        Register(connection);
    }

    public override Task ConnectionOpenedAsync(
        DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Register(connection);
        return Task.CompletedTask;
    }

    /// <summary>Registers the function on <paramref name="connection"/> when it is a SQLite one.</summary>
    internal static void Register(DbConnection connection)
    {
        if (connection is SqliteConnection sqlite)
        {
            sqlite.CreateFunction<string?, string?>(
                TextFolding.SqliteFunctionName, TextFolding.Fold, isDeterministic: true);
        }
    }
}
