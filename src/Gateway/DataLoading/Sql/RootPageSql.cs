using System.Data.Common;
using System.Globalization;
using System.Linq.Expressions;
using System.Text;
using Gateway.Data;
using Gateway.Relay;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Gateway.DataLoading.Sql;

/// <summary>
/// A page of a top-level connection over a whole table as one hand-written statement: the rows past the
/// cursor in the page's order with <c>LIMIT</c>, and the table's row count as an uncorrelated subquery
/// column when the client asks for <c>totalCount</c> (the store computes it once).
/// </summary>
/// <remarks>
/// Note: the same statement EF Core writes for this page; by hand it skips EF Core's per-call pipeline,
/// which cost more than the statement for a page of 50 packages (issue 9). Pages with a <c>where</c> or
/// an order through a relation stay on <see cref="KeysetPager.LoadAsync"/>.
/// </remarks>
internal sealed class RootPageSql<TNode>
{
    private static readonly StatementCache<(IModel Model, object Shape, string Order, bool Backward, bool Total),
        RootPageSql<TNode>> Statements = new();

    private readonly StatementTexts texts;
    private readonly IReadOnlyList<object?> parameters;
    private readonly bool totalColumn;
    private readonly Func<DbDataReader, object?[]> values;
    private readonly Func<DbDataReader, TNode> node;

    private RootPageSql(string sql, IReadOnlyList<object?> parameters, bool totalColumn,
        Func<DbDataReader, object?[]> values, Func<DbDataReader, TNode> node)
    {
        texts = new StatementTexts(take => sql + take.ToString(CultureInfo.InvariantCulture));
        this.parameters = parameters;
        this.totalColumn = totalColumn;
        this.values = values;
        this.node = node;
    }

    /// <summary>Whether each row carries the table's row count.</summary>
    public bool HasTotal => totalColumn;

    /// <summary>
    /// The statement of <paramref name="plan"/>, kept per model, shape, order and direction when the page has
    /// no cursor (the page size is written into its text, see <see cref="StatementTexts"/>).
    /// </summary>
    public static RootPageSql<TNode>? For(IModel model, PagePlan<TNode> plan, Expression<Func<TNode, TNode>>? shape,
        bool withTotal)
    {
        var state = (model, plan, shape, withTotal);
        return plan.After is not null || plan.Before is not null
            ? TryCreate(state)
            : Statements.GetOrMake((model, (object?)shape ?? typeof(void), plan.Signature, plan.Page.Backward,
                withTotal), state, TryCreate);
    }

    /// <summary>
    /// The statement of the plan over the table of <typeparamref name="TNode"/>, reading the columns of the
    /// shape; null when the page needs what only the LINQ path does.
    /// </summary>
    private static RootPageSql<TNode>? TryCreate(
        (IModel Model, PagePlan<TNode> Plan, Expression<Func<TNode, TNode>>? Shape, bool WithTotal) state)
    {
        var (model, plan, shape, withTotal) = state;
        var self = Expression.Parameter(typeof(TNode), "node");
        if (RowShape.For(model, typeof(TNode), Expression.Lambda(self, self)) is not { } rows
            || rows.NodeColumns(shape) is not { } columns)
        {
            return null;
        }

        if (KeysetSql.For(rows, plan) is not { } keyset)
        {
            return null;
        }

        var keyColumns = keyset.Columns;
        var table = RowShape.Table(rows.Row);
        var text = new StringBuilder("SELECT ");
        if (withTotal)
        {
            text.Append("(SELECT COUNT(*) FROM ").Append(table).Append("), ");
        }

        text.AppendJoin(", ", keyColumns.Select(c => c.Sql)).Append(", ")
            .AppendJoin(", ", columns.Select(c => new SqlColumn(c, OnNode: false).Sql))
            .Append(" FROM ").Append(table).Append(" AS " + SqlColumn.RowAlias);
        if (keyset.HasCursor)
        {
            // The conditions start with " AND ".
            text.Append(" WHERE 1 = 1").Append(keyset.Conditions);
        }

        text.Append(" ORDER BY ").Append(keyset.Order(plan.Page.Backward)).Append(" LIMIT ");
        var first = withTotal ? 1 : 0;
        return new RootPageSql<TNode>(text.ToString(), keyset.Parameters, withTotal,
            RowReaders.Values(model, [.. keyColumns.Select(c => c.Property)], first),
            RowReaders.Entity<TNode>(model, columns, first + keyColumns.Count));
    }

    /// <summary>The first <paramref name="take"/> rows, each with the total when asked.</summary>
    public async Task<List<PageRow<TNode>>> RunAsync(SqlSession session, int take, CancellationToken cancellationToken)
    {
        // Note: the limit is written into the text; a bound LIMIT expired SQLite's prepared statement at
        // every new binding (see NestedPageSql).
        var command = session.Command(texts.For(take));
        for (var i = 0; i < parameters.Count; i++)
        {
            SqlSession.Add(command, StatementTexts.CursorName(i), parameters[i]);
        }

        var rows = new List<PageRow<TNode>>(take);
        using var activity = session.Trace(command);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new PageRow<TNode>
            {
                Total = totalColumn ? reader.GetInt32(0) : 0,
                Values = values(reader),
                Node = node(reader),
            });
        }

        return rows;
    }
}
