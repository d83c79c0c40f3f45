using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Filtering;

/// <summary>
/// Runs the count and the requested aggregates of a (filtered) query as one SQL statement: a single
/// <c>SELECT COUNT(*), MIN(..), MAX(..), SUM(..), AVG(..)</c> over the same rows the connection pages.
/// </summary>
public static class AggregateQuery
{
    /// <summary>Aggregates <paramref name="source"/>; unknown fields or functions that do not apply throw.</summary>
    public static async Task<AggregateResult> RunAsync<T>(
        IQueryable<T> source,
        FilterDefinition<T> definition,
        IReadOnlyCollection<AggregateSelection> selections,
        CancellationToken cancellationToken)
    {
        var requested = selections.Distinct().ToList();
        var group = Expression.Parameter(typeof(IGrouping<int, T>), "g");
        var terms = new List<Expression>
        {
            Expression.Convert(Expression.Call(typeof(Enumerable), nameof(Enumerable.LongCount), [typeof(T)], group),
                typeof(object)),
        };
        terms.AddRange(requested.Select(s => Aggregate(definition, group, s)));
        var projection = Expression.Lambda<Func<IGrouping<int, T>, object?[]>>(
            Expression.NewArrayInit(typeof(object), terms), group);

        // Note: grouping by a constant is how LINQ spells "aggregate the whole set"; EF Core emits one
        // SELECT of aggregates. An empty set gives no group at all, hence the default.
        var row = await source
            .GroupBy(_ => 1)
            .Select(projection)
            .FirstOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            var empty = requested.ToDictionary(s => s, s => s.Function == AggregateFunction.Sum ? (object?)0L : null);
            return new AggregateResult(0, empty);
        }

        var values = requested.Select((s, i) => (s, row[i + 1])).ToDictionary(p => p.s, p => p.Item2);
        return new AggregateResult((long)row[0]!, values);
    }

    private static UnaryExpression Aggregate<T>(FilterDefinition<T> definition, ParameterExpression group,
        AggregateSelection selection)
    {
        var field = definition.Find(selection.Field);
        var applies = selection.Function is AggregateFunction.Min or AggregateFunction.Max
            ? field?.IsOrdered == true
            : field?.IsNumeric == true;
        if (field is null || !applies)
        {
            throw new ArgumentException(
                $"{selection.Function} does not apply to {definition.Name}.{selection.Field}.", nameof(selection));
        }

        var underlying = Nullable.GetUnderlyingType(field.ValueType) ?? field.ValueType;
        var resultType = selection.Function switch
        {
            AggregateFunction.Sum => typeof(long?),
            AggregateFunction.Avg => typeof(double?),
            _ => typeof(Nullable<>).MakeGenericType(underlying),
        };
        var row = field.Accessor.Parameters[0];
        var selector = Expression.Lambda(Expression.Convert(field.Accessor.Body, resultType), row);
        var method = selection.Function switch
        {
            AggregateFunction.Min => nameof(Enumerable.Min),
            AggregateFunction.Max => nameof(Enumerable.Max),
            AggregateFunction.Sum => nameof(Enumerable.Sum),
            _ => nameof(Enumerable.Average),
        };
        var call = selection.Function is AggregateFunction.Min or AggregateFunction.Max
            ? Expression.Call(typeof(Enumerable), method, [typeof(T), resultType], group, selector)
            : Expression.Call(typeof(Enumerable), method, [typeof(T)], group, selector);
        return Expression.Convert(call, typeof(object));
    }
}
