using System.Linq.Expressions;
using Gateway.Data;
using Gateway.Relay;
using Microsoft.EntityFrameworkCore;

namespace Gateway.DataLoading;

/// <summary>
/// A nested connection (a page of children per parent) batched over all parents of a level: one
/// statement for the pages, and one more for the total counts when a client asks for them.
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

    /// <summary>Creates the loader of one connection field with its <paramref name="arguments"/>.</summary>
    protected ConnectionDataLoader(IDbContextFactory<CatalogueDbContext> contexts, ConnectionArguments<TNode> arguments)
    {
        this.contexts = contexts;
        Arguments = arguments;
        counts = new CountLoader(this);
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
    }

    /// <inheritdoc/>
    protected override async Task<IReadOnlyDictionary<int, Connection>> FetchAsync(
        IReadOnlyList<int> keys, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var pages = await KeysetPager.LoadManyAsync(db, keys, ParentKey, Children, ChildParentKey,
            Arguments.ToQuery(Node, DefaultOrder, RowKey),
            Arguments.Select(Node),
            Arguments.Page,
            counts.Load,
            cancellationToken);
        foreach (var (parent, connection) in pages)
        {
            connection.Aggregate = Aggregator(parent);
        }

        return pages;
    }

    /// <summary>
    /// The aggregates of one parent's rows under the filter; null when the node has no filter definition.
    /// </summary>
    // TODO(perf): aggregates run one statement per parent (only when selected); pages and counts are batched.
    private Func<IReadOnlyCollection<Filtering.AggregateSelection>, CancellationToken,
        Task<Filtering.AggregateResult>>? Aggregator(int parent)
    {
        var where = Arguments.Where is null ? null : ExpressionComposer.Rebase(Arguments.Where, Node);
        return Filtering.FilteredConnection.Aggregator(contexts,
            db => db.Set<TParent>().Where(ParentIs(parent)).SelectMany(Children), where, Node);
    }

    private Expression<Func<TParent, bool>> ParentIs(int parent) => Expression.Lambda<Func<TParent, bool>>(
        Expression.Equal(ParentKey.Body, Expression.Constant(parent)), ParentKey.Parameters);

    /// <inheritdoc/>
    /// <remarks>
    /// A parent without rows on this page may still have rows under the filter (a cursor past its end):
    /// its count and aggregates are still those of the whole filtered set.
    /// </remarks>
    protected override Connection Missing(int key) =>
        new(Connection.Empty.Edges, Connection.Empty.PageInfo, () => counts.Load(key)) { Aggregate = Aggregator(key) };

    private sealed class CountLoader(ConnectionDataLoader<TParent, TRow, TNode> owner) : DataLoaderBase<int, int>
    {
        protected override async Task<IReadOnlyDictionary<int, int>> FetchAsync(
            IReadOnlyList<int> keys, CancellationToken cancellationToken)
        {
            await using var db = await owner.contexts.CreateDbContextAsync(cancellationToken);
            var where = owner.Arguments.Where is null
                ? null
                : ExpressionComposer.Rebase(owner.Arguments.Where, owner.Node);
            return await KeysetPager.CountManyAsync(db, keys, owner.ParentKey, owner.Children, where,
                cancellationToken);
        }

        protected override int Missing(int key) => 0;
    }
}
