namespace Gateway.Filtering;

/// <summary>The values of one aggregate function (the source of <c>min { ... }</c> and its siblings).</summary>
public sealed record AggregateValues(AggregateResult Result, AggregateFunction Function);
