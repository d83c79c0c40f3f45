using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Filtering;

/// <summary>
/// Runs the count and the requested aggregates of a (filtered) query as one SQL statement: a single
/// <c>SELECT COUNT(*), MIN(..), MAX(..), SUM(..), AVG(..)</c> over the same rows the connection pages,
/// for the whole set or for many groups at once (<c>GROUP BY</c> the parent of a nested connection).
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
        // Note: grouping by a constant is how LINQ spells "aggregate the whole set"; EF Core emits one
        // SELECT of aggregates. An empty set gives no group at all, hence the empty result.
        var groups = await RunGroupedAsync(source, _ => 1, node => node, definition, selections, cancellationToken);
        return groups.TryGetValue(1, out var result) ? result : Empty(selections);
    }

    /// <summary>
    /// Aggregates the nodes of <paramref name="rows"/> (read through <paramref name="node"/>) per
    /// <paramref name="group"/>, in one statement; groups without rows are absent from the answer
    /// (their result is <see cref="Empty"/>).
    /// </summary>
    public static async Task<IReadOnlyDictionary<int, AggregateResult>> RunGroupedAsync<TRow, TNode>(
        IQueryable<TRow> rows,
        Expression<Func<TRow, int>> group,
        Expression<Func<TRow, TNode>> node,
        FilterDefinition<TNode> definition,
        IReadOnlyCollection<AggregateSelection> selections,
        CancellationToken cancellationToken)
    {
        var requested = selections.Distinct().ToList();
        var grouping = Expression.Parameter(typeof(IGrouping<int, TRow>), "g");
        var terms = new List<Expression>
        {
            Expression.Convert(Expression.Property(grouping, nameof(IGrouping<int, TRow>.Key)), typeof(object)),
            Expression.Convert(
                Expression.Call(typeof(Enumerable), nameof(Enumerable.LongCount), [typeof(TRow)], grouping),
                typeof(object)),
        };
        terms.AddRange(requested.Select(s => Aggregate(definition, grouping, node, s)));
        var projection = Expression.Lambda<Func<IGrouping<int, TRow>, object?[]>>(
            Expression.NewArrayInit(typeof(object), terms), grouping);

        var fetched = await rows.GroupBy(group).Select(projection).ToListAsync(cancellationToken);
        return fetched.ToDictionary(
            row => (int)row[0]!,
            row => new AggregateResult((long)row[1]!,
                requested.Select((s, i) => (s, row[i + 2])).ToDictionary(p => p.s, p => p.Item2)));
    }

    /// <summary>The aggregates of no rows: a count of 0, sums of 0 and no other value.</summary>
    public static AggregateResult Empty(IReadOnlyCollection<AggregateSelection> selections) =>
        new(0, selections.Distinct().ToDictionary(
            s => s, s => s.Function == AggregateFunction.Sum ? (object?)0L : null));

    private static UnaryExpression Aggregate<TRow, TNode>(FilterDefinition<TNode> definition,
        ParameterExpression grouping, Expression<Func<TRow, TNode>> node, AggregateSelection selection)
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
        var row = node.Parameters[0];
        var value = Relay.ExpressionComposer.Inline(field.Accessor, node.Body);
        var selector = Expression.Lambda(Expression.Convert(value, resultType), row);
        var method = selection.Function switch
        {
            AggregateFunction.Min => nameof(Enumerable.Min),
            AggregateFunction.Max => nameof(Enumerable.Max),
            AggregateFunction.Sum => nameof(Enumerable.Sum),
            _ => nameof(Enumerable.Average),
        };
        var call = selection.Function is AggregateFunction.Min or AggregateFunction.Max
            ? Expression.Call(typeof(Enumerable), method, [typeof(TRow), resultType], grouping, selector)
            : Expression.Call(typeof(Enumerable), method, [typeof(TRow)], grouping, selector);
        return Expression.Convert(call, typeof(object));
    }
}
