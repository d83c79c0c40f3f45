using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Gateway.Tests.Filtering;

/// <summary>
/// Counts the SQL statements EF Core sends to one store (its database, by connection), from EF Core's
/// diagnostic events, so that the application's own wiring stays untouched. Dispose to stop counting.
/// </summary>
internal sealed class StatementCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly string database;
    private readonly List<IDisposable> subscriptions = [];
    private int count;

    public StatementCounter(string database)
    {
        this.database = database;
        subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));
    }

    public int Count => Volatile.Read(ref count);

    public List<string> Statements { get; } = [];

    /// <summary>The statements with their parameters (name and value), in the order they ran.</summary>
    public List<(string Text, List<(string Name, object? Value)> Parameters)> Commands { get; } = [];

    public void Reset()
    {
        Interlocked.Exchange(ref count, 0);
        lock (Statements)
        {
            Statements.Clear();
            Commands.Clear();
        }
    }

    public void OnNext(DiagnosticListener value)
    {
        if (value.Name == DbLoggerCategory.Name)
        {
            lock (subscriptions)
            {
                subscriptions.Add(value.Subscribe(this));
            }
        }
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Key == RelationalEventId.CommandExecuting.Name && value.Value is CommandEventData data
            && string.Equals(data.Command.Connection?.DataSource + "/" + data.Command.Connection?.Database,
                database, StringComparison.Ordinal))
        {
            Interlocked.Increment(ref count);
            var parameters = data.Command.Parameters.Cast<System.Data.Common.DbParameter>()
                .Select(p => (p.ParameterName, p.Value)).ToList();
            lock (Statements)
            {
                Statements.Add(data.Command.CommandText);
                Commands.Add((data.Command.CommandText, parameters));
            }
        }
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }

    public void Dispose()
    {
        lock (subscriptions)
        {
            subscriptions.ForEach(s => s.Dispose());
        }
    }
}
