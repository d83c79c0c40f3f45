namespace Gateway.Observability;

/// <summary>
/// What one HTTP request did, gathered while it runs and written as its single log line: the GraphQL
/// operation, the cost it was charged and how many SQL statements it sent.
/// </summary>
/// <remarks>
/// Note: it travels in an <see cref="AsyncLocal{T}"/> rather than in the request's services because the
/// EF Core interceptor that counts statements is a singleton shared by pooled contexts, and data loaders
/// run on the request's async flow, which the async-local follows.
/// </remarks>
public sealed class RequestTelemetry
{
    private static readonly AsyncLocal<RequestTelemetry?> CurrentRequest = new();

    private int sqlStatements;

    /// <summary>The telemetry of the request running on this async flow, if any.</summary>
    public static RequestTelemetry? Current
    {
        get => CurrentRequest.Value;
        internal set => CurrentRequest.Value = value;
    }

    /// <summary>The GraphQL operation's name, or its type when it has no name.</summary>
    public string? OperationName { get; set; }

    /// <summary>The worst-case nodes charged to the operation, once computed.</summary>
    public long? Cost { get; set; }

    /// <summary>The codes of the errors the response carried.</summary>
    public IReadOnlyList<string> ErrorCodes { get; set; } = [];

    /// <summary>SQL statements sent to the store for this request.</summary>
    public int SqlStatements => Volatile.Read(ref sqlStatements);

    internal void CountSqlStatement() => Interlocked.Increment(ref sqlStatements);
}
