using System.Linq.Expressions;
using Gateway.Data;
using Gateway.DataLoading;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Relay;

/// <summary>
/// The paging engine: keyset (seek) pagination over any order, with cursors that hold the sort values,
/// so a page costs the same however deep into the connection it is.
/// </summary>
public static class KeysetPager
{
    /// <summary>A page of a top-level connection; its total count runs later, and only if asked for.</summary>
    public static async Task<Connection> LoadAsync<TRow, TNode>(
        IDbContextFactory<CatalogueDbContext> contexts,
        Func<CatalogueDbContext, IQueryable<TRow>> source,
        PageQuery<TRow> query,
        Expression<Func<TRow, TNode>> select,
        PageRequest page,
        CancellationToken cancellationToken)
        where TNode : class
    {
        var plan = new PagePlan<TRow>(query, page);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = source(db);
        var paged = rows.Provider.CreateQuery<TRow>(plan.Apply(rows.Expression, typeof(Queryable)));
        var fetched = await paged.Select(plan.Projection(select)).ToListAsync(cancellationToken);
        return plan.ToConnection(fetched, () => new DeferredResult<int>(token =>
            CountAsync(contexts, source, query.Where, token)));
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
}
