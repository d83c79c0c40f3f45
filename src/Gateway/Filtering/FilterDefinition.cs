using System.Linq.Expressions;

namespace Gateway.Filtering;

/// <summary>
/// The filterable fields of <typeparamref name="T"/>: one list drives the <c>where</c> input type, its
/// translation to SQL, the <c>order</c> input type and the aggregates, so that they cannot drift apart.
/// </summary>
public sealed class FilterDefinition<T>(string entityName) : IFilterDefinition
{
    private readonly List<FilterField> fields = [];

    public string Name => entityName;

    public Type EntityType => typeof(T);

    public IReadOnlyList<FilterField> Fields => fields;

    public FilterField? Find(string name) =>
        fields.Find(f => string.Equals(f.Name, name, StringComparison.Ordinal));

    /// <summary>Adds a scalar field; its kind follows from <typeparamref name="TValue"/>.</summary>
    public FilterDefinition<T> Field<TValue>(
        string fieldName, Expression<Func<T, TValue>> accessor, string description)
    {
        var kind = KindOf(typeof(TValue));
        var filterType = kind switch
        {
            FilterFieldKind.String => typeof(StringOperationFilterInputType),
            FilterFieldKind.Int => typeof(IntOperationFilterInputType),
            FilterFieldKind.DateTime => typeof(DateTimeOperationFilterInputType),
            _ => typeof(BooleanOperationFilterInputType),
        };
        fields.Add(new FilterField(
            fieldName, description, kind, accessor, null, filterType, typeof(SortEnumType)));
        return this;
    }

    /// <summary>Adds a to-one relation, filtered and sorted by the target's fields.</summary>
    public FilterDefinition<T> Object<TTarget, TFilterInput, TSortInput>(
        string fieldName,
        Expression<Func<T, TTarget>> accessor,
        Func<FilterDefinition<TTarget>> target,
        string description)
    {
        fields.Add(new FilterField(
            fieldName, description, FilterFieldKind.Object, accessor, target, typeof(TFilterInput),
            typeof(TSortInput)));
        return this;
    }

    /// <summary>Adds a to-many relation, filtered with <c>some</c>, <c>all</c>, <c>none</c> and <c>any</c>.</summary>
    public FilterDefinition<T> List<TElement, TElementFilterInput>(
        string fieldName,
        Expression<Func<T, IEnumerable<TElement>>> accessor,
        Func<FilterDefinition<TElement>> target,
        string description)
        where TElementFilterInput : FilterInputType<TElement>
    {
        fields.Add(new FilterField(
            fieldName, description, FilterFieldKind.List, accessor, target,
            typeof(ListFilterInputType<TElementFilterInput>), null));
        return this;
    }

    private static FilterFieldKind KindOf(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (underlying == typeof(string))
        {
            return FilterFieldKind.String;
        }

        if (underlying == typeof(int))
        {
            return FilterFieldKind.Int;
        }

        if (underlying == typeof(DateTime))
        {
            return FilterFieldKind.DateTime;
        }

        return underlying == typeof(bool)
            ? FilterFieldKind.Boolean
            : throw new ArgumentException($"Fields of type {type.Name} cannot be filtered.", nameof(type));
    }
}
