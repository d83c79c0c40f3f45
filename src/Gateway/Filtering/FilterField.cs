using System.Linq.Expressions;

namespace Gateway.Filtering;

/// <summary>One field of an entity's filter, sort and aggregate inputs.</summary>
/// <param name="Name">The GraphQL field name (camelCase).</param>
/// <param name="Description">The description clients read.</param>
/// <param name="Kind">What the field holds.</param>
/// <param name="Accessor">
/// From the entity to the value: a scalar, the related entity (<see cref="FilterFieldKind.Object"/>) or the
/// related entities (<see cref="FilterFieldKind.List"/>, an <see cref="IEnumerable{T}"/>).
/// </param>
/// <param name="Target">The related entity's definition, for relations; resolved late because relations are cyclic.</param>
/// <param name="FilterGraphType">The GraphQL input type of the field inside the filter input.</param>
/// <param name="SortGraphType">The GraphQL type of the field inside the sort input; null when it cannot be sorted.</param>
public sealed record FilterField(
    string Name,
    string Description,
    FilterFieldKind Kind,
    LambdaExpression Accessor,
    Func<IFilterDefinition>? Target,
    Type FilterGraphType,
    Type? SortGraphType)
{
    /// <summary>The type of the value the accessor returns.</summary>
    public Type ValueType => Accessor.ReturnType;

    /// <summary>Whether min and max apply (numbers and timestamps).</summary>
    public bool IsOrdered => Kind is FilterFieldKind.Int or FilterFieldKind.DateTime;

    /// <summary>Whether sum and average apply (numbers).</summary>
    public bool IsNumeric => Kind is FilterFieldKind.Int;
}
