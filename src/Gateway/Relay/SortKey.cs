using System.Linq.Expressions;
using System.Reflection;

namespace Gateway.Relay;

/// <summary>One key of a <see cref="SortSpec{T}"/>: a named value, a direction and a nulls placement.</summary>
/// <typeparam name="T">The type the key is read from.</typeparam>
public sealed class SortKey<T>
{
    private static readonly NullabilityInfoContext Nullability = new();

    /// <summary>
    /// A key on <paramref name="key"/>, a lambda of one <typeparamref name="T"/> parameter (built by hand
    /// when the key comes from a client's <c>order</c> argument).
    /// </summary>
    public SortKey(string name, LambdaExpression key, SortDirection direction = SortDirection.Ascending,
        NullsPlacement nulls = NullsPlacement.Last)
        : this(name, key, direction, nulls, CanBeNull(key))
    {
        if (key.Parameters.Count != 1 || key.Parameters[0].Type != typeof(T))
        {
            throw new ArgumentException($"A sort key of {typeof(T).Name} takes one {typeof(T).Name}.", nameof(key));
        }
    }

    private SortKey(string name, LambdaExpression key, SortDirection direction, NullsPlacement nulls, bool isNullable)
    {
        Name = name;
        Key = key;
        Direction = direction;
        Nulls = nulls;
        IsNullable = isNullable;
    }

    /// <summary>The key's name, part of the cursors made under it (a cursor of another order is refused).</summary>
    public string Name { get; }

    /// <summary>The key, a lambda from <typeparamref name="T"/> to a comparable value.</summary>
    public LambdaExpression Key { get; }

    /// <summary>The type of the key's value.</summary>
    public Type ValueType => Key.ReturnType;

    public SortDirection Direction { get; }

    public NullsPlacement Nulls { get; }

    /// <summary>Whether the value can be null; nulls placement only costs an extra order term when it can.</summary>
    public bool IsNullable { get; }

    /// <summary>The key read through <paramref name="node"/> from rows holding a <typeparamref name="T"/>.</summary>
    public SortKey<TRow> Rebase<TRow>(Expression<Func<TRow, T>> node) =>
        // The nullability is the original's: the composed lambda no longer ends in the property.
        new(Name, ExpressionComposer.Compose(Key, node), Direction, Nulls, IsNullable);

    private static bool CanBeNull(LambdaExpression key)
    {
        var type = key.ReturnType;
        if (type.IsValueType)
        {
            return Nullable.GetUnderlyingType(type) is not null;
        }

        return key.Body is not MemberExpression { Member: PropertyInfo property }
            || Nullability.Create(property).ReadState != NullabilityState.NotNull;
    }
}
