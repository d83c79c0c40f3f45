namespace Gateway.Hardening;

/// <summary>
/// The <c>Gateway:Limits</c> configuration section: how large and how costly one request may be.
/// Every limit answers with a clear error and a stable code; a limit of 0 turns that check off.
/// </summary>
public sealed class GraphQLLimitsOptions
{
    public const string SectionName = "Gateway:Limits";

    /// <summary>Deepest field nesting of an operation, fragments expanded.</summary>
    public int MaxDepth { get; set; } = 15;

    /// <summary>Aliased fields in one operation, fragments expanded.</summary>
    public int MaxAliases { get; set; } = 50;

    /// <summary>Field selections in one operation, fragments expanded.</summary>
    public int MaxFields { get; set; } = 1_000;

    /// <summary>Operations defined in one document.</summary>
    public int MaxOperations { get; set; } = 10;

    /// <summary>Nested <c>ofType</c> selections in introspection (standard tools need 8 or 9).</summary>
    public int MaxOfTypeDepth { get; set; } = 10;

    /// <summary>Worst-case nodes an operation may request, counted as GitHub does (its limit too).</summary>
    public long MaxCost { get; set; } = 500_000;

    /// <summary>Page size assumed for the cost of a connection requested without <c>first</c> or <c>last</c>.</summary>
    public int DefaultPageSize { get; set; } = 20;

    /// <summary>Longest a GraphQL operation may run; its database queries are cancelled past it.</summary>
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Largest request body of <c>/graphql</c>, in bytes.</summary>
    public long MaxRequestBytes { get; set; } = 1_048_576;

    /// <summary>Longest query text, in characters.</summary>
    public int MaxQueryLength { get; set; } = 32_768;

    /// <summary>Largest <c>variables</c> object, in bytes of JSON.</summary>
    public int MaxVariablesBytes { get; set; } = 65_536;

    /// <summary>Most requests in one batch (a JSON array), when the endpoint accepts batches.</summary>
    public int MaxBatchLength { get; set; } = 10;
}
