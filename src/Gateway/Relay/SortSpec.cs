using System.Linq.Expressions;

namespace Gateway.Relay;

/// <summary>
/// An ordered list of sort keys over <typeparamref name="T"/>. The paging engine appends the primary key
/// as the final tie-break so that every order is total.
/// </summary>
public sealed class SortSpec<T>(IReadOnlyList<SortKey> keys)
{
    /// <summary>No key: the connection's default order applies.</summary>
#pragma warning disable CA1000 // SortSpec<T>.Empty reads better than a factory on a second type.
    public static SortSpec<T> Empty { get; } = new([]);
#pragma warning restore CA1000

    public IReadOnlyList<SortKey> Keys => keys;

    /// <summary>A spec with <paramref name="key"/> appended.</summary>
    public SortSpec<T> Then<TKey>(string name, Expression<Func<T, TKey>> key, bool descending = false,
        NullsPlacement nulls = NullsPlacement.Last) =>
        new([.. keys, new SortKey(name, key, descending, nulls)]);

    /// <summary>
    /// Orders <paramref name="query"/> by the keys, then by <paramref name="tieBreak"/> ascending.
    /// </summary>
    /// <remarks>
    /// Note: SQLite puts nulls first in ascending order and PostgreSQL last, so a nullable key is preceded
    /// by a "key is null" flag that places them explicitly on both stores.
    /// </remarks>
    public IOrderedQueryable<T> Apply<TId>(IQueryable<T> query, Expression<Func<T, TId>> tieBreak)
    {
        var ordered = (IOrderedQueryable<T>?)null;
        foreach (var key in keys)
        {
            if (key.IsNullable)
            {
                var flag = NullFlag(key);
                ordered = OrderBy(query, ordered, flag, descending: false);
            }

            ordered = OrderBy(query, ordered, key.Key, key.Descending);
        }

        return ordered is null ? query.OrderBy(tieBreak) : ordered.ThenBy(tieBreak);
    }

    /// <summary>0 or 1 for each row, sorted ascending, so that nulls land where <paramref name="key"/> says.</summary>
    internal static LambdaExpression NullFlag(SortKey key)
    {
        var body = key.Key.Body;
        var isNull = Expression.Equal(body, Expression.Constant(null, body.Type));
        var (whenNull, otherwise) = key.Nulls == NullsPlacement.First ? (0, 1) : (1, 0);
        var flag = Expression.Condition(isNull, Expression.Constant(whenNull), Expression.Constant(otherwise));
        return Expression.Lambda(flag, key.Key.Parameters);
    }

    private static IOrderedQueryable<T> OrderBy(
        IQueryable<T> query, IOrderedQueryable<T>? ordered, LambdaExpression key, bool descending)
    {
        var method = (ordered is null, descending) switch
        {
            (true, false) => nameof(Queryable.OrderBy),
            (true, true) => nameof(Queryable.OrderByDescending),
            (false, false) => nameof(Queryable.ThenBy),
            _ => nameof(Queryable.ThenByDescending),
        };
        var source = ordered?.Expression ?? query.Expression;
        var call = Expression.Call(
            typeof(Queryable), method, [typeof(T), key.ReturnType], source, Expression.Quote(key));
        return (IOrderedQueryable<T>)query.Provider.CreateQuery<T>(call);
    }
}
