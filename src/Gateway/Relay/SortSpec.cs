using System.Linq.Expressions;

namespace Gateway.Relay;

/// <summary>
/// An order for a connection: sort keys, first to last. The paging engine appends the row's unique key
/// as the final tie-break, so every order is total and cursors are stable.
/// </summary>
/// <typeparam name="T">The type the keys are read from.</typeparam>
public sealed class SortSpec<T>
{
    /// <summary>Creates an order of <paramref name="keys"/>.</summary>
    public SortSpec(IEnumerable<SortKey<T>> keys) => Keys = [.. keys];

    /// <summary>No key: the row's unique key alone decides the order.</summary>
    public SortSpec()
        : this([])
    {
    }

    public IReadOnlyList<SortKey<T>> Keys { get; }

    /// <summary>This order, then <paramref name="key"/>.</summary>
    public SortSpec<T> ThenBy<TValue>(string name, Expression<Func<T, TValue>> key,
        SortDirection direction = SortDirection.Ascending, NullsPlacement nulls = NullsPlacement.Last) =>
        new([.. Keys, new SortKey<T>(name, key, direction, nulls)]);

    /// <summary>This order read through <paramref name="node"/> from rows holding a <typeparamref name="T"/>.</summary>
    public SortSpec<TRow> Rebase<TRow>(Expression<Func<TRow, T>> node) => new(Keys.Select(k => k.Rebase(node)));
}
