namespace Gateway.Observability;

/// <summary>
/// What one HTTP request did, gathered while it runs and written as its single log line: the GraphQL
/// operation, the cost it was charged and how many SQL statements it sent. The one tally of SQL
/// statements: the log line, <c>extensions.diagnostics.sqlStatements</c> and tests all read it.
/// </summary>
/// <remarks>
/// Note: it travels in an <see cref="AsyncLocal{T}"/> rather than in the request's services because the
/// EF Core interceptor that counts statements is a singleton shared by pooled contexts, and data loaders
/// run on the request's async flow, which the async-local follows. One async-local and one increment per
/// statement is the whole per-request cost.
/// </remarks>
public sealed class RequestTelemetry : IDisposable
{
    private static readonly AsyncLocal<RequestTelemetry?> CurrentRequest = new();

    private int sqlStatements;

    /// <summary>The telemetry of the request running on this async flow, if any.</summary>
    public static RequestTelemetry? Current => CurrentRequest.Value;

    /// <summary>The GraphQL operation's name, or its type when it has no name.</summary>
    public string? OperationName { get; set; }

    /// <summary>The worst-case nodes charged to the operation, once computed.</summary>
    public long? Cost { get; set; }

    /// <summary>The codes of the errors the response carried.</summary>
    public IReadOnlyList<string> ErrorCodes { get; set; } = [];

    /// <summary>SQL statements sent to the store on this flow since <see cref="Begin"/>.</summary>
    public int SqlStatements => Volatile.Read(ref sqlStatements);

    /// <summary>
    /// Starts gathering for the calling async flow (a request, or a test) and makes it
    /// <see cref="Current"/>; dispose to stop.
    /// </summary>
    public static RequestTelemetry Begin()
    {
        var telemetry = new RequestTelemetry();
        CurrentRequest.Value = telemetry;
        return telemetry;
    }

    /// <summary>Stops gathering on this flow, if this is still the current telemetry.</summary>
    public void Dispose()
    {
        if (ReferenceEquals(CurrentRequest.Value, this))
        {
            CurrentRequest.Value = null;
        }
    }

    internal void CountSqlStatement() => Interlocked.Increment(ref sqlStatements);
}
