using System.Linq.Expressions;
using Gateway.Data;
using Gateway.DataLoading;
using Gateway.Relay;
using GraphQL;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Filtering;

/// <summary>
/// Loads a connection under its <c>where</c> and <c>order</c> arguments through the paging engine, and
/// gives it the aggregates of the same filtered rows.
/// </summary>
public static class FilteredConnection
{
    /// <summary>
    /// A page of <paramref name="source"/>'s rows, whose nodes are read through <paramref name="node"/>;
    /// <paramref name="defaultOrder"/> applies when the client gives no <c>order</c>.
    /// </summary>
    public static async Task<Connection> LoadAsync<TRow, TNode>(
        IResolveFieldContext context,
        FilterDefinition<TNode> definition,
        Func<CatalogueDbContext, IQueryable<TRow>> source,
        Expression<Func<TRow, TNode>> node,
        SortSpec<TRow> defaultOrder,
        Expression<Func<TRow, int>> key)
        where TNode : class
    {
        var query = context.PageQuery(definition, node, defaultOrder, key);
        var contexts = context.Contexts();
        var connection = await KeysetPager.LoadAsync(contexts, source, query, node, PageRequest.FromContext(context),
            context.CancellationToken);
        connection.Aggregate = async (selections, cancellationToken) =>
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var rows = source(db);
            var filtered = query.Where is null ? rows : rows.Where(query.Where);
            return await AggregateQuery.RunAsync(filtered.Select(node), definition, selections, cancellationToken);
        };
        return connection;
    }
}
