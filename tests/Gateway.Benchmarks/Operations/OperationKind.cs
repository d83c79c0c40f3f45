namespace Gateway.Benchmarks.Operations;

/// <summary>Which budget line an operation answers to.</summary>
internal enum OperationKind
{
    /// <summary>A GraphQL query: at least half the floor's throughput.</summary>
    GraphQlRead,

    /// <summary>A REST v4 read: at least 70% of the floor's throughput.</summary>
    Rest,

    /// <summary>A GraphQL mutation: measured, no ratio budget.</summary>
    Mutation,
}
