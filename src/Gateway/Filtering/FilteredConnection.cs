using System.Linq.Expressions;
using Gateway.Data;
using Gateway.DataLoading;
using Gateway.Relay;
using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Filtering;

/// <summary>
/// Loads a top-level connection under its arguments through the paging engine, and gives it the
/// aggregates of the same filtered rows.
/// </summary>
public static class FilteredConnection
{
    /// <summary>
    /// A page of <paramref name="source"/>'s rows, whose nodes are read through <paramref name="node"/>;
    /// <paramref name="defaultOrder"/> applies when the client gives no <c>order</c>.
    /// </summary>
    public static async Task<Connection> LoadAsync<TRow, TNode>(
        IResolveFieldContext context,
        ConnectionArguments<TNode> arguments,
        Func<CatalogueDbContext, IQueryable<TRow>> source,
        Expression<Func<TRow, TNode>> node,
        SortSpec<TRow> defaultOrder,
        Expression<Func<TRow, int>> key)
        where TNode : class
    {
        var query = arguments.ToQuery(node, defaultOrder, key);
        var contexts = context.Contexts();
        var connection = (node.Body == node.Parameters[0] && query is PageQuery<TNode> nodes
                && source is Func<CatalogueDbContext, IQueryable<TNode>> table
                ? await KeysetPager.TryLoadWithSqlAsync(contexts, table, nodes, arguments.Shape, arguments.Page,
                    arguments.WithTotal, context.CancellationToken)
                : null)
            ?? await KeysetPager.LoadAsync(contexts, source, query, arguments.Select(node), arguments.Page,
                context.CancellationToken, arguments.WithTotal);
        connection.Aggregate = Aggregator(contexts, source, query.Where, node);
        return connection;
    }

    /// <summary>
    /// The aggregates of <paramref name="source"/>'s rows under <paramref name="where"/>, over their nodes;
    /// null when <typeparamref name="TNode"/> has no filter definition.
    /// </summary>
    public static Func<IReadOnlyCollection<AggregateSelection>, IDataLoaderResult<AggregateResult>>?
        Aggregator<TRow, TNode>(
            IDbContextFactory<CatalogueDbContext> contexts,
            Func<CatalogueDbContext, IQueryable<TRow>> source,
            Expression<Func<TRow, bool>>? where,
            Expression<Func<TRow, TNode>> node)
    {
        if (FilterDefinitions.For(typeof(TNode)) is not FilterDefinition<TNode> definition)
        {
            return null;
        }

        return selections => new DeferredResult<AggregateResult>(async cancellationToken =>
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var rows = source(db);
            var filtered = where is null ? rows : rows.Where(where);
            return await AggregateQuery.RunAsync(filtered.Select(node), definition, selections, cancellationToken);
        });
    }
}
