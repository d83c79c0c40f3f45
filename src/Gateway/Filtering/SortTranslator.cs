using System.Collections;
using System.Linq.Expressions;
using Gateway.Relay;

namespace Gateway.Filtering;

/// <summary>Turns a parsed <c>order</c> argument (a list of sort input dictionaries) into a <see cref="SortSpec{T}"/>.</summary>
public static class SortTranslator
{
    /// <summary>The most items one <c>order</c> list may hold.</summary>
    public const int MaxKeys = 10;

    /// <summary>The spec for <paramref name="order"/>; no keys when null or empty.</summary>
    /// <exception cref="FilterError">An item names no field or several, or the list is too long.</exception>
    public static SortSpec<T> Translate<T>(FilterDefinition<T> definition, IEnumerable? order)
    {
        var items = order?.Cast<object?>().Where(i => i is not null).ToList() ?? [];
        if (items.Count > MaxKeys)
        {
            throw new FilterError(FilterError.BadSortItemCode,
                $"The order list has {items.Count} items; at most {MaxKeys} are allowed.");
        }

        var parameter = Expression.Parameter(typeof(T), "x");
        var keys = items
            .Select(item => Key(definition, parameter, parameter, (IDictionary<string, object?>)item!, ""))
            .Select(key => new SortKey<T>(key.Name, key.Lambda, key.Direction, key.Nulls));
        return new SortSpec<T>(keys);
    }

    private static ParsedKey Key(IFilterDefinition definition, ParameterExpression root, Expression instance,
        IDictionary<string, object?> item, string prefix)
    {
        var set = item.Where(p => p.Value is not null).ToList();
        if (set.Count != 1)
        {
            throw new FilterError(FilterError.BadSortItemCode,
                $"Each {definition.Name}SortInput item must set exactly one field; this one sets {set.Count}. " +
                "Give one list item per key: order: [{ a: ASC }, { b: DESC }].");
        }

        var (name, value) = set[0];
        var field = definition.Find(name)
            ?? throw new ArgumentException($"{definition.Name} has no sortable field '{name}'.", nameof(item));
        var member = new Rebinder(field.Accessor.Parameters[0], instance).Visit(field.Accessor.Body);
        if (field.Kind == FilterFieldKind.Object)
        {
            return Key(field.Target!(), root, member, (IDictionary<string, object?>)value!, prefix + name + ".");
        }

        var order = (SortOrder)value!;
        var direction = order is SortOrder.Desc or SortOrder.DescNullsFirst or SortOrder.DescNullsLast
            ? SortDirection.Descending
            : SortDirection.Ascending;
        var nulls = order is SortOrder.AscNullsFirst or SortOrder.DescNullsFirst ? NullsPlacement.First : NullsPlacement.Last;
        return new ParsedKey(prefix + name, Expression.Lambda(member, root), direction, nulls);
    }

    private sealed record ParsedKey(string Name, LambdaExpression Lambda, SortDirection Direction, NullsPlacement Nulls);

    private sealed class Rebinder(ParameterExpression parameter, Expression replacement) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) =>
            node == parameter ? replacement : base.VisitParameter(node);
    }
}
