using System.Linq.Expressions;
using System.Reflection;
using Gateway.DataLoading;

namespace Gateway.Relay;

/// <summary>
/// The expressions of one page: filter, cursor conditions, order, size and the projection that carries
/// each row's sort values. Built once per page request and applied either to an
/// <see cref="IQueryable{T}"/> (a top-level connection) or, with <see cref="Enumerable"/> methods, to a
/// collection inside a projection (a nested connection, where EF Core partitions by parent).
/// </summary>
internal sealed class PagePlan<TRow>
{
    private static readonly MethodInfo StringCompare =
        typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!;

    private readonly PageQuery<TRow> query;
    private readonly IReadOnlyList<PageKey> keys;
    private readonly string signature;

    public PagePlan(PageQuery<TRow> query, PageRequest page)
    {
        this.query = query;
        Page = page;
        keys = [
            .. query.Order.Keys.Select(k => new PageKey(k.Name, k.Key, k.Direction == SortDirection.Descending,
                k.Nulls == NullsPlacement.First, k.IsNullable)),
            new PageKey("id", query.Key, Descending: false, NullsFirst: false, Nullable: false),
        ];
        signature = string.Join(",", keys.Select(k => k.Signature));
        var types = keys.Select(k => (k.Key.ReturnType, k.Nullable)).ToList();
        After = page.After is null ? null : CursorCodec.Decode(page.After, "after", signature, types);
        Before = page.Before is null ? null : CursorCodec.Decode(page.Before, "before", signature, types);
    }

    public PageRequest Page { get; }

    /// <summary>The order's names, directions and nulls placements: what a cursor must have been made under.</summary>
    internal string Signature => signature;

    /// <summary>The sort keys, the row's unique key last.</summary>
    internal IReadOnlyList<PageKey> Keys => keys;

    /// <summary>The sort values of the <c>after</c> cursor, decoded.</summary>
    internal object?[]? After { get; }

    /// <summary>The sort values of the <c>before</c> cursor, decoded.</summary>
    internal object?[]? Before { get; }

    /// <summary>Filter, cursors, order and size applied to <paramref name="source"/>.</summary>
    public Expression Apply(Expression source, Type methods)
    {
        var row = Expression.Parameter(typeof(TRow), "row");
        var conditions = new List<Expression>();
        if (query.Where is not null)
        {
            conditions.Add(ExpressionComposer.Inline(query.Where, row));
        }

        var reversed = keys.Select(k => k.Reversed()).ToList();
        if (After is not null)
        {
            conditions.Add(Beyond(keys, After, row));
        }

        if (Before is not null)
        {
            conditions.Add(Beyond(reversed, Before, row));
        }

        var result = source;
        if (conditions.Count > 0)
        {
            var body = conditions.Aggregate(Expression.AndAlso);
            result = Call(methods, nameof(Queryable.Where), [typeof(TRow)], result, Expression.Lambda(body, row));
        }

        result = Order(result, methods, Page.Backward ? reversed : keys);
        return Call(methods, nameof(Queryable.Take), [typeof(TRow)], result, Expression.Constant(Page.Size + 1));
    }

    /// <summary>
    /// <c>row =&gt; new PageRow { Node = select(row), Values = [sort values], Total = total }</c>, where
    /// <paramref name="total"/> (a subquery that does not depend on the row) is left out when null.
    /// </summary>
    public Expression<Func<TRow, PageRow<TNode>>> Projection<TNode>(Expression<Func<TRow, TNode>> select,
        Expression? total = null)
    {
        var row = Expression.Parameter(typeof(TRow), "row");
        var values = Expression.NewArrayInit(typeof(object),
            keys.Select(k => Expression.Convert(ExpressionComposer.Inline(k.Key, row), typeof(object))));
        List<MemberBinding> bindings =
        [
            Expression.Bind(typeof(PageRow<TNode>).GetProperty(nameof(PageRow<TNode>.Node))!,
                ExpressionComposer.Inline(select, row)),
            Expression.Bind(typeof(PageRow<TNode>).GetProperty(nameof(PageRow<TNode>.Values))!, values),
        ];
        if (total is not null)
        {
            bindings.Add(Expression.Bind(typeof(PageRow<TNode>).GetProperty(nameof(PageRow<TNode>.Total))!, total));
        }

        var body = Expression.MemberInit(Expression.New(typeof(PageRow<TNode>)), bindings);
        return Expression.Lambda<Func<TRow, PageRow<TNode>>>(body, row);
    }

    /// <summary>The page made of the fetched rows (one more than the page size when more follow).</summary>
    public Connection ToConnection<TNode>(IReadOnlyList<PageRow<TNode>> rows,
        Func<GraphQL.DataLoader.IDataLoaderResult<int>> total)
        where TNode : class
    {
        var more = rows.Count > Page.Size;
        var count = Math.Min(rows.Count, Page.Size);
        var edges = new List<Edge>(count);
        for (var i = 0; i < count; i++)
        {
            var row = rows[Page.Backward ? count - 1 - i : i];
            edges.Add(new Edge(signature, row.Values, row.Node!));
        }

        var info = new PageInfo(
            hasNextPage: Page.Backward ? Before is not null : more,
            hasPreviousPage: Page.Backward ? more : After is not null,
            start: edges.Count > 0 ? edges[0] : null,
            end: edges.Count > 0 ? edges[^1] : null);
        return new Connection(edges, info, total);
    }

    private static MethodCallExpression Call(Type methods, string name, Type[] types, Expression source,
        Expression argument) =>
        Expression.Call(methods, name, types, source,
            argument is LambdaExpression lambda && methods == typeof(Queryable) ? Expression.Quote(lambda) : argument);

    private static Expression Order(Expression source, Type methods, IReadOnlyList<PageKey> order)
    {
        var result = source;
        var first = true;
        var row = Expression.Parameter(typeof(TRow), "row");
        foreach (var key in order)
        {
            var value = ExpressionComposer.Inline(key.Key, row);
            if (key.Nullable)
            {
                // Note: the stores disagree on where NULL sorts (SQLite first, PostgreSQL last when
                // ascending), so placement is an explicit term of its own on both.
                var isNull = Expression.Equal(value, Expression.Constant(null, value.Type));
                var flag = Expression.Condition(isNull,
                    Expression.Constant(key.NullsFirst ? 0 : 1), Expression.Constant(key.NullsFirst ? 1 : 0));
                result = OrderTerm(result, methods, first, descending: false, Expression.Lambda(flag, row));
                first = false;
            }

            result = OrderTerm(result, methods, first, key.Descending, Expression.Lambda(value, row));
            first = false;
        }

        return result;
    }

    private static MethodCallExpression OrderTerm(Expression source, Type methods, bool first, bool descending,
        LambdaExpression key)
    {
        var name = (first, descending) switch
        {
            (true, false) => nameof(Queryable.OrderBy),
            (true, true) => nameof(Queryable.OrderByDescending),
            (false, false) => nameof(Queryable.ThenBy),
            (false, true) => nameof(Queryable.ThenByDescending),
        };
        return Call(methods, name, [typeof(TRow), key.ReturnType], source, key);
    }

    /// <summary>Rows strictly beyond <paramref name="values"/> in the order of <paramref name="order"/>.</summary>
    private static Expression Beyond(IReadOnlyList<PageKey> order, object?[] values, ParameterExpression row)
    {
        Expression? result = null;
        var equalSoFar = new List<Expression>();
        for (var i = 0; i < order.Count; i++)
        {
            var key = ExpressionComposer.Inline(order[i].Key, row);
            var beyond = BeyondOne(order[i], key, values[i]);
            if (beyond is not null)
            {
                var term = equalSoFar.Append(beyond).Aggregate(Expression.AndAlso);
                result = result is null ? term : Expression.OrElse(result, term);
            }

            equalSoFar.Add(values[i] is null
                ? Expression.Equal(key, Expression.Constant(null, key.Type))
                : Expression.Equal(key, QueryParameter.Of(values[i], key.Type)));
        }

        return result ?? Expression.Constant(false);
    }

    private static BinaryExpression? BeyondOne(PageKey order, Expression key, object? value)
    {
        if (value is null)
        {
            // Past a null come the non-null values when nulls come first, and nothing when they come last.
            return order.NullsFirst ? Expression.NotEqual(key, Expression.Constant(null, key.Type)) : null;
        }

        var compared = Compare(key, value, order.Descending);
        return order.Nullable && !order.NullsFirst
            ? Expression.OrElse(Expression.Equal(key, Expression.Constant(null, key.Type)), compared)
            : compared;
    }

    private static BinaryExpression Compare(Expression key, object value, bool descending)
    {
        var type = Nullable.GetUnderlyingType(key.Type) ?? key.Type;
        Expression left = key;
        Expression right = QueryParameter.Of(value, key.Type);
        if (type == typeof(string))
        {
            left = Expression.Call(StringCompare, key, right);
            right = Expression.Constant(0);
        }
        else if (type == typeof(bool))
        {
            left = Expression.Condition(Expression.Equal(key, Expression.Constant(true, key.Type)),
                Expression.Constant(1), Expression.Constant(0));
            right = QueryParameter.Of((bool)value ? 1 : 0);
        }

        return descending ? Expression.LessThan(left, right) : Expression.GreaterThan(left, right);
    }
}

/// <summary>One sort key as the page applies it.</summary>
internal sealed record PageKey(string Name, LambdaExpression Key, bool Descending, bool NullsFirst, bool Nullable)
{
    public string Signature => $"{Name}:{(Descending ? "desc" : "asc")}:{(NullsFirst ? "first" : "last")}";

    public PageKey Reversed() => this with { Descending = !Descending, NullsFirst = !NullsFirst };
}
