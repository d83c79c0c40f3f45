using System.Linq.Expressions;
using Gateway.Data;
using Gateway.DataLoading.Sql;
using Gateway.Filtering;
using Gateway.Relay;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;

namespace Gateway.DataLoading;

/// <summary>
/// A nested connection (a page of children per parent) batched over all parents of a level: one
/// statement for the pages, with the total counts in it when the client asks for them, and one more
/// for the aggregates, only when a client asks for them.
/// One instance serves one connection field of one request, so all its parents share the arguments.
/// </summary>
/// <typeparam name="TParent">The entity that owns the connection.</typeparam>
/// <typeparam name="TRow">The rows paged over: the node itself, or a join row holding it.</typeparam>
/// <typeparam name="TNode">The connection's node.</typeparam>
public abstract class ConnectionDataLoader<TParent, TRow, TNode> : DataLoaderBase<int, Connection>
    where TParent : class
    where TNode : class
{
    private readonly IDbContextFactory<CatalogueDbContext> contexts;
    private readonly CountLoader counts;
    private readonly AggregateLoaders aggregates;
    private readonly FilterDefinition<TNode>? definition =
        FilterDefinitions.For(typeof(TNode)) as FilterDefinition<TNode>;

    /// <summary>Creates the loader of one connection field with its <paramref name="arguments"/>.</summary>
    protected ConnectionDataLoader(IDbContextFactory<CatalogueDbContext> contexts, ConnectionArguments<TNode> arguments)
    {
        this.contexts = contexts;
        Arguments = arguments;
        counts = new CountLoader(this);
        aggregates = new AggregateLoaders(this);
    }

    /// <summary>The field's page, filter, order and shape.</summary>
    public ConnectionArguments<TNode> Arguments { get; }

    /// <summary>The parent's id.</summary>
    protected abstract Expression<Func<TParent, int>> ParentKey { get; }

    /// <summary>The parent's rows (a collection navigation).</summary>
    protected abstract Expression<Func<TParent, IEnumerable<TRow>>> Children { get; }

    /// <summary>The parent's id as the row holds it (the foreign key to the parent).</summary>
    protected abstract Expression<Func<TRow, int>> ChildParentKey { get; }

    /// <summary>The node a row holds (<c>row =&gt; row</c> when the row is the node).</summary>
    protected abstract Expression<Func<TRow, TNode>> Node { get; }

    /// <summary>The row's key, unique within one parent: the order's final tie-break.</summary>
    protected abstract Expression<Func<TRow, int>> RowKey { get; }

    /// <summary>The order when the client names none; state it in the field's description.</summary>
    protected virtual SortSpec<TRow> DefaultOrder { get; } = new();

    /// <inheritdoc/>
    public override void ClearAll()
    {
        base.ClearAll();
        counts.ClearAll();
        aggregates.ClearAll();
    }

    /// <inheritdoc/>
    protected override async Task<IReadOnlyDictionary<int, Connection>> FetchAsync(
        IReadOnlyList<int> keys, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = Arguments.ToQuery(Node, DefaultOrder, RowKey);
        var plan = new PagePlan<TRow>(query, Arguments.Page);
        var sql = Arguments.Where is null
            ? NestedPageSql<TNode>.For(db.Model, GetType(), plan, ChildParentKey, Node, Arguments.Shape,
                Arguments.WithTotal, Arguments.WithCursors)
            : null;
        var pages = sql is null
            ? await KeysetPager.LoadManyAsync(db, keys, ParentKey, Children, ChildParentKey, query,
                Arguments.Select(Node), Arguments.Page, counts.Load, cancellationToken, Arguments.WithTotal)
            : await LoadWithSqlAsync(db, sql, plan, keys, cancellationToken);
        foreach (var (parent, connection) in pages)
        {
            connection.Aggregate = Aggregator(parent);
        }

        return pages;
    }

    private async Task<IReadOnlyDictionary<int, Connection>> LoadWithSqlAsync(CatalogueDbContext db,
        NestedPageSql<TNode> sql, PagePlan<TRow> plan, IReadOnlyList<int> keys, CancellationToken cancellationToken)
    {
        Dictionary<int, (List<PageRow<TNode>> Rows, int Total)> fetched;
        await using (var session = await SqlSession.OpenAsync(contexts, db, cancellationToken))
        {
            fetched = await sql.RunAsync(session, keys, plan.Page.Size + 1, cancellationToken);
        }

        var pages = new Dictionary<int, Connection>(keys.Count);
        foreach (var key in keys)
        {
            if (fetched.TryGetValue(key, out var page))
            {
                pages[key] = plan.ToConnection(page.Rows,
                    sql.HasTotals ? KeysetPager.Known(page.Total) : () => counts.Load(key));
            }
            else if (sql.HasTotals)
            {
                // Note: without a cursor, a parent with no row on its page has no row at all.
                pages[key] = plan.ToConnection(new List<PageRow<TNode>>(), KeysetPager.Known(0));
            }
        }

        return pages;
    }

    /// <summary>
    /// The aggregates of one parent's rows under the filter, batched over the parents that ask for the
    /// same selection; null when the node has no filter definition.
    /// </summary>
    private Func<IReadOnlyCollection<AggregateSelection>, IDataLoaderResult<AggregateResult>>? Aggregator(
        int parent) =>
        definition is null ? null : selections => aggregates.For(selections).Load(parent);

    /// <inheritdoc/>
    /// <remarks>
    /// A parent without rows on this page may still have rows under the filter (a cursor past its end):
    /// its count and aggregates are still those of the whole filtered set.
    /// </remarks>
    protected override Connection Missing(int key) =>
        new(Connection.Empty.Edges, Connection.Empty.PageInfo, () => counts.Load(key)) { Aggregate = Aggregator(key) };

    private Expression<Func<TParent, bool>> ParentIn(IReadOnlyList<int> parents) =>
        Expression.Lambda<Func<TParent, bool>>(
            Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(int)],
                QueryParameter.Of(parents.ToList()), ParentKey.Body),
            ParentKey.Parameters);

    private Expression<Func<TRow, bool>>? RowWhere =>
        Arguments.Where is null ? null : ExpressionComposer.Rebase(Arguments.Where, Node);

    private sealed class CountLoader(ConnectionDataLoader<TParent, TRow, TNode> owner) : DataLoaderBase<int, int>
    {
        protected override async Task<IReadOnlyDictionary<int, int>> FetchAsync(
            IReadOnlyList<int> keys, CancellationToken cancellationToken)
        {
            await using var db = await owner.contexts.CreateDbContextAsync(cancellationToken);
            return await KeysetPager.CountManyAsync(db, keys, owner.ParentKey, owner.Children, owner.RowWhere,
                cancellationToken);
        }

        protected override int Missing(int key) => 0;
    }

    /// <summary>
    /// The aggregate loaders of this field, one per selection of aggregates (the same for every parent
    /// unless fragments differ): each fetches the aggregates of all its parents in one statement,
    /// grouped by the parent's key under the field's filter.
    /// </summary>
    private sealed class AggregateLoaders(ConnectionDataLoader<TParent, TRow, TNode> owner)
    {
        private readonly Lock gate = new();
        private readonly Dictionary<string, AggregateLoader> loaders = new(StringComparer.Ordinal);

        public AggregateLoader For(IReadOnlyCollection<AggregateSelection> selections)
        {
            var requested = selections.Distinct().OrderBy(s => s.Function).ThenBy(s => s.Field, StringComparer.Ordinal)
                .ToList();
            var signature = string.Join(',', requested.Select(s => s.Function + ":" + s.Field));
            lock (gate)
            {
                if (!loaders.TryGetValue(signature, out var loader))
                {
                    loader = new AggregateLoader(owner, requested);
                    loaders[signature] = loader;
                }

                return loader;
            }
        }

        public void ClearAll()
        {
            lock (gate)
            {
                loaders.Clear();
            }
        }
    }

    private sealed class AggregateLoader(
        ConnectionDataLoader<TParent, TRow, TNode> owner, IReadOnlyCollection<AggregateSelection> selections)
        : DataLoaderBase<int, AggregateResult>
    {
        protected override async Task<IReadOnlyDictionary<int, AggregateResult>> FetchAsync(
            IReadOnlyList<int> keys, CancellationToken cancellationToken)
        {
            await using var db = await owner.contexts.CreateDbContextAsync(cancellationToken);
            var rows = db.Set<TParent>().Where(owner.ParentIn(keys)).SelectMany(owner.Children);
            var where = owner.RowWhere;
            return await AggregateQuery.RunGroupedAsync(where is null ? rows : rows.Where(where),
                owner.ChildParentKey, owner.Node, owner.definition!, selections, cancellationToken);
        }

        protected override AggregateResult Missing(int key) => AggregateQuery.Empty(selections);
    }
}
