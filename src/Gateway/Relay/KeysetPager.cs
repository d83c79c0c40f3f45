using System.Linq.Expressions;
using Gateway.Data;
using Gateway.DataLoading;
using Gateway.DataLoading.Sql;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;

namespace Gateway.Relay;

/// <summary>
/// The paging engine: keyset (seek) pagination over any order, with cursors that hold the sort values,
/// so a page costs the same however deep into the connection it is.
/// </summary>
public static class KeysetPager
{
    /// <summary>
    /// A page of a top-level connection. With <paramref name="withTotal"/> the total count is a column of
    /// the page's own statement (a subquery the store runs once); otherwise, or when the page is empty,
    /// it runs later as a statement of its own, and only if asked for.
    /// </summary>
    public static async Task<Connection> LoadAsync<TRow, TNode>(
        IDbContextFactory<CatalogueDbContext> contexts,
        Func<CatalogueDbContext, IQueryable<TRow>> source,
        PageQuery<TRow> query,
        Expression<Func<TRow, TNode>> select,
        PageRequest page,
        CancellationToken cancellationToken,
        bool withTotal = false)
        where TNode : class
    {
        var plan = new PagePlan<TRow>(query, page);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = source(db);
        var paged = rows.Provider.CreateQuery<TRow>(plan.Apply(rows.Expression, typeof(Queryable)));
        var total = withTotal ? CountOf(rows.Expression, query.Where) : null;
        var fetched = await paged.Select(plan.Projection(select, total)).ToListAsync(cancellationToken);
        return plan.ToConnection(fetched, withTotal && fetched.Count > 0
            ? Known(fetched[0].Total)
            : () => new DeferredResult<int>(token => CountAsync(contexts, source, query.Where, token)));
    }

    /// <summary>
    /// The page of <see cref="LoadAsync"/> as hand-written SQL when <paramref name="source"/> is a whole
    /// table and the page has no filter (<see cref="RootPageSql{TNode}"/>); null when it needs the LINQ path.
    /// </summary>
    public static async Task<Connection?> TryLoadWithSqlAsync<TNode>(
        IDbContextFactory<CatalogueDbContext> contexts,
        Func<CatalogueDbContext, IQueryable<TNode>> source,
        PageQuery<TNode> query,
        Expression<Func<TNode, TNode>>? shape,
        PageRequest page,
        bool withTotal,
        CancellationToken cancellationToken)
        where TNode : class
    {
        if (query.Where is not null)
        {
            return null;
        }

        var plan = new PagePlan<TNode>(query, page);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (source(db).Expression is not EntityQueryRootExpression
            || RootPageSql<TNode>.For(db.Model, plan, shape, withTotal) is not { } sql)
        {
            return null;
        }

        List<PageRow<TNode>> fetched;
        await using (var session = await SqlSession.OpenAsync(contexts, db, cancellationToken))
        {
            fetched = await sql.RunAsync(session, plan.Page.Size + 1, cancellationToken);
        }

        return plan.ToConnection(fetched, sql.HasTotal && fetched.Count > 0
            ? Known(fetched[0].Total)
            : () => new DeferredResult<int>(token => CountAsync(contexts, source, null, token)));
    }

    /// <summary>The number of rows of <paramref name="source"/> under <paramref name="where"/>.</summary>
    public static async Task<int> CountAsync<TRow>(
        IDbContextFactory<CatalogueDbContext> contexts,
        Func<CatalogueDbContext, IQueryable<TRow>> source,
        Expression<Func<TRow, bool>>? where,
        CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = source(db);
        return await (where is null ? rows : rows.Where(where)).CountAsync(cancellationToken);
    }

    /// <summary>
    /// One page of children for each of many parents, in ONE statement: the page is a per-parent
    /// Where/OrderBy/Take inside a projection of the parents, which EF Core turns into a window function
    /// (ROW_NUMBER() OVER (PARTITION BY parent ...)) joined to the parents.
    /// </summary>
    public static async Task<IReadOnlyDictionary<int, Connection>> LoadManyAsync<TParent, TRow, TNode>(
        CatalogueDbContext db,
        IReadOnlyCollection<int> parentIds,
        Expression<Func<TParent, int>> parentKey,
        Expression<Func<TParent, IEnumerable<TRow>>> children,
        Expression<Func<TRow, int>> childParentKey,
        PageQuery<TRow> query,
        Expression<Func<TRow, TNode>> select,
        PageRequest page,
        Func<int, GraphQL.DataLoader.IDataLoaderResult<int>> totalCount,
        CancellationToken cancellationToken,
        bool withTotal = false)
        where TParent : class
        where TNode : class
    {
        var plan = new PagePlan<TRow>(query, page);
        var flattener = new NavigationFlattener(db);
        var parent = Expression.Parameter(typeof(TParent), "parent");

        // Note: the parent ids are repeated inside the per-parent subquery so that the window function
        // ranks the children of these parents only, not every row of the child table.
        var childrenOfParents = Expression.Call(typeof(Enumerable), nameof(Enumerable.Where), [typeof(TRow)],
            ExpressionComposer.Inline(children, parent), WhereKeyIn(childParentKey, parentIds));
        var rows = flattener.Visit(plan.Apply(childrenOfParents, typeof(Enumerable)));
        var shaped = Expression.Lambda<Func<TRow, TNode>>(flattener.ExpandEntity(select.Body), select.Parameters);
        var projection = (LambdaExpression)flattener.Visit(plan.Projection(shaped));
        var projected = Expression.Call(typeof(Enumerable), nameof(Enumerable.Select),
            [typeof(TRow), typeof(PageRow<TNode>)], rows, projection);
        var list = Expression.Call(typeof(Enumerable), nameof(Enumerable.ToList), [typeof(PageRow<TNode>)], projected);
        List<MemberBinding> bindings =
        [
            Expression.Bind(typeof(ParentRows<TNode>).GetProperty(nameof(ParentRows<TNode>.ParentId))!,
                ExpressionComposer.Inline(parentKey, parent)),
            Expression.Bind(typeof(ParentRows<TNode>).GetProperty(nameof(ParentRows<TNode>.Rows))!, list),
        ];
        if (withTotal)
        {
            // Note: the count is a correlated subquery of the same statement (all of the parent's rows
            // under the filter), instead of a second batched statement.
            bindings.Add(Expression.Bind(typeof(ParentRows<TNode>).GetProperty(nameof(ParentRows<TNode>.Total))!,
                ChildCount(ExpressionComposer.Inline(children, parent), query.Where)));
        }

        var body = Expression.MemberInit(Expression.New(typeof(ParentRows<TNode>)), bindings);
        var fetched = await db.Set<TParent>()
            .Where(WhereKeyIn(parentKey, parentIds))
            .Select(Expression.Lambda<Func<TParent, ParentRows<TNode>>>(body, parent))
            .ToListAsync(cancellationToken);
        return fetched.ToDictionary(p => p.ParentId, p => plan.ToConnection(p.Rows,
            withTotal ? Known(p.Total) : () => totalCount(p.ParentId)));
    }

    /// <summary>The number of children under <paramref name="where"/> of each parent, in one statement.</summary>
    public static async Task<IReadOnlyDictionary<int, int>> CountManyAsync<TParent, TRow>(
        CatalogueDbContext db,
        IReadOnlyCollection<int> parentIds,
        Expression<Func<TParent, int>> parentKey,
        Expression<Func<TParent, IEnumerable<TRow>>> children,
        Expression<Func<TRow, bool>>? where,
        CancellationToken cancellationToken)
        where TParent : class
    {
        var parent = Expression.Parameter(typeof(TParent), "parent");
        var count = ChildCount(ExpressionComposer.Inline(children, parent), where);
        var body = Expression.New(typeof(KeyValuePair<int, int>).GetConstructor([typeof(int), typeof(int)])!,
            ExpressionComposer.Inline(parentKey, parent), count);

        var fetched = await db.Set<TParent>()
            .Where(WhereKeyIn(parentKey, parentIds))
            .Select(Expression.Lambda<Func<TParent, KeyValuePair<int, int>>>(body, parent))
            .ToListAsync(cancellationToken);
        return fetched.ToDictionary(p => p.Key, p => p.Value);
    }

    /// <summary><c>rows.Count(where)</c> over a collection inside a projection.</summary>
    private static MethodCallExpression ChildCount<TRow>(Expression rows, Expression<Func<TRow, bool>>? where) =>
        where is null
            ? Expression.Call(typeof(Enumerable), nameof(Enumerable.Count), [typeof(TRow)], rows)
            : Expression.Call(typeof(Enumerable), nameof(Enumerable.Count), [typeof(TRow)], rows, where);

    /// <summary><c>source.Where(where).Count()</c> as a subquery that a projection can hold.</summary>
    private static MethodCallExpression CountOf<TRow>(Expression source, Expression<Func<TRow, bool>>? where)
    {
        var rows = where is null
            ? source
            : Expression.Call(
                typeof(Queryable), nameof(Queryable.Where), [typeof(TRow)], source, Expression.Quote(where));
        return Expression.Call(typeof(Queryable), nameof(Queryable.Count), [typeof(TRow)], rows);
    }

    internal static Func<GraphQL.DataLoader.IDataLoaderResult<int>> Known(int total)
    {
        var result = new DeferredResult<int>(_ => Task.FromResult(total));
        return () => result;
    }

    private static Expression<Func<TParent, bool>> WhereKeyIn<TParent>(
        Expression<Func<TParent, int>> key, IReadOnlyCollection<int> ids) =>
        Expression.Lambda<Func<TParent, bool>>(
            Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(int)],
                QueryParameter.Of(ids.ToList()), key.Body),
            key.Parameters);
}
