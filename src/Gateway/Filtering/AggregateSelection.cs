namespace Gateway.Filtering;

/// <summary>One requested aggregate: a function over a field ("max of repoWatchers").</summary>
public sealed record AggregateSelection(AggregateFunction Function, string Field);
