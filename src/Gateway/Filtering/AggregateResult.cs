namespace Gateway.Filtering;

/// <summary>The answers of one aggregate query: the row count and each requested aggregate.</summary>
public sealed class AggregateResult(long count, IReadOnlyDictionary<AggregateSelection, object?> values)
{
    /// <summary>How many rows match.</summary>
    public long Count => count;

    /// <summary>The value of <paramref name="selection"/>; null when it was not requested or there is no value.</summary>
    public object? this[AggregateSelection selection] => values.GetValueOrDefault(selection);

    /// <summary>The value of <paramref name="function"/> over <paramref name="field"/>.</summary>
    public object? Get(AggregateFunction function, string field) => this[new AggregateSelection(function, field)];
}
