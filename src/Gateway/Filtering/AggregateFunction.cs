namespace Gateway.Filtering;

/// <summary>An aggregate over the rows of a connection.</summary>
public enum AggregateFunction
{
    /// <summary>The smallest value (numbers and timestamps); null when there is no value.</summary>
    Min,

    /// <summary>The largest value (numbers and timestamps); null when there is no value.</summary>
    Max,

    /// <summary>The sum (numbers); 0 when there is no value.</summary>
    Sum,

    /// <summary>The mean (numbers); null when there is no value.</summary>
    Avg,
}
