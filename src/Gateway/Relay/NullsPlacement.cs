namespace Gateway.Relay;

/// <summary>Where rows without a value for a sort key go, whatever the direction and the store.</summary>
public enum NullsPlacement
{
    /// <summary>Rows without a value come after all others.</summary>
    Last,

    /// <summary>Rows without a value come before all others.</summary>
    First,
}
