using Microsoft.Data.Sqlite;

namespace Gateway.Benchmarks.Floor;

/// <summary>One request's connection (from Microsoft.Data.Sqlite's pool), counting the statements it sends.</summary>
internal sealed class FloorSession : IDisposable
{
    private readonly SqliteConnection connection;

    public FloorSession(string connectionString)
    {
        connection = new SqliteConnection(connectionString);
        connection.Open();
    }

    public int Statements { get; private set; }

    /// <summary>A command for one of the floor's constant SQL texts.</summary>
    public SqliteCommand Command(string sql)
    {
        Statements++;
        var command = connection.CreateCommand();
        command.CommandText = sql;
        return command;
    }

    public void Dispose() => connection.Dispose();
}
