using System.Linq.Expressions;
using System.Reflection;

namespace Gateway.Relay;

/// <summary>One key of a <see cref="SortSpec{T}"/>.</summary>
/// <param name="Name">A stable name for the key (its GraphQL path, "category.title"), usable in cursors.</param>
/// <param name="Key">From the entity to the value sorted by (<c>Func&lt;T, TKey&gt;</c>).</param>
/// <param name="Descending">Whether larger values come first.</param>
/// <param name="Nulls">Where nulls go; ignored when the key cannot be null.</param>
public sealed record SortKey(string Name, LambdaExpression Key, bool Descending, NullsPlacement Nulls)
{
    /// <summary>
    /// Whether the key's values can be null: a nullable value type, or a reference-typed property declared
    /// nullable (<c>string?</c>).
    /// </summary>
    public bool IsNullable => Key.ReturnType.IsValueType
        ? Nullable.GetUnderlyingType(Key.ReturnType) is not null
        : Key.Body is not MemberExpression { Member: PropertyInfo property }
            || new NullabilityInfoContext().Create(property).ReadState != NullabilityState.NotNull;
}
