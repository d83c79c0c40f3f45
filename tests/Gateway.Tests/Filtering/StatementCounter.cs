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

    public void Reset()
    {
        Interlocked.Exchange(ref count, 0);
        lock (Statements)
        {
            Statements.Clear();
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
            lock (Statements)
            {
                Statements.Add(data.Command.CommandText);
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
