namespace Gateway.Relay;

/// <summary>Where null values of a sort key go, whatever the store's default.</summary>
public enum NullsPlacement
{
    /// <summary>Nulls before every value.</summary>
    First,

    /// <summary>Nulls after every value.</summary>
    Last,
}
