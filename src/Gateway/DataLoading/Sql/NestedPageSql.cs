using System.Data.Common;
using System.Globalization;
using System.Linq.Expressions;
using System.Text;
using Gateway.Data;
using Gateway.Relay;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Gateway.DataLoading.Sql;

/// <summary>
/// One page of children for each of many parents as one hand-written statement: the child table ranked by
/// <c>ROW_NUMBER() OVER (PARTITION BY parent ORDER BY ...)</c> under the parents' ids and the cursor, the
/// node's table joined once to the ranked rows that are kept, the total per parent from
/// <c>COUNT(*) OVER (PARTITION BY parent)</c> when there is no cursor.
/// </summary>
/// <remarks>
/// Note: this is the statement EF Core cannot write for a per-parent page over join rows (its window is
/// joined back to the parents, and the node's columns become one correlated subquery each, because SQLite
/// has no LATERAL join); issue 9's profile put those statements at 3 to 6 times the cost of this one, and
/// EF Core's per-call pipeline at most of the rest of a nested page. It covers pages without a
/// <c>where</c> whose sort keys are columns of the row or of its node; anything else stays on
/// <see cref="KeysetPager.LoadManyAsync"/>, and tests compare both paths page by page on both stores.
/// The text is the same on SQLite and PostgreSQL.
/// </remarks>
internal sealed class NestedPageSql<TNode>
{
    private static readonly StatementCache<
        (IModel Model, Type Loader, object Shape, string Order, bool Backward, bool Totals, bool Cursors),
        NestedPageSql<TNode>> Statements = new();

    private readonly StatementTexts single;
    private readonly StatementTexts many;
    private readonly IReadOnlyList<object?> cursorParameters;
    private readonly bool totalColumn;
    private readonly Func<DbDataReader, object?[]>? values;
    private readonly Func<DbDataReader, TNode> node;

    private NestedPageSql(string single, (string Head, string Tail) many, IReadOnlyList<object?> cursorParameters,
        bool totalColumn, Func<DbDataReader, object?[]>? values, Func<DbDataReader, TNode> node)
    {
        this.single = new StatementTexts(take => single + take.ToString(CultureInfo.InvariantCulture));
        this.many = new StatementTexts(count => StatementTexts.WithList(many.Head, count, many.Tail));
        this.cursorParameters = cursorParameters;
        this.totalColumn = totalColumn;
        this.values = values;
        this.node = node;
    }

    /// <summary>Whether each parent's total is in the statement (asked for, and no cursor narrows the rows).</summary>
    public bool HasTotals => totalColumn;

    /// <summary>
    /// The statement of <paramref name="plan"/> for the loader type <paramref name="loader"/> (whose rows,
    /// parent key and node are always those given), kept per shape, order and direction when the page has
    /// no cursor (see <see cref="TryCreate"/>).
    /// </summary>
    public static NestedPageSql<TNode>? For<TRow>(IModel model, Type loader, PagePlan<TRow> plan,
        Expression<Func<TRow, int>> childParentKey, Expression<Func<TRow, TNode>> nodeOfRow,
        Expression<Func<TNode, TNode>>? shape, bool withTotal, bool withCursors)
    {
        var state = (model, plan, childParentKey, nodeOfRow, shape, withTotal, withCursors);
        return plan.After is not null || plan.Before is not null
            ? TryCreate(state)
            : Statements.GetOrMake(
                (model, loader, (object?)shape ?? typeof(void), plan.Signature, plan.Page.Backward, withTotal,
                    withCursors),
                state, TryCreate);
    }

    /// <summary>
    /// The statement of the plan over rows of <typeparamref name="TRow"/> holding their node by the node
    /// expression, with the node's columns of the shape, and the sort values of each row only with cursors
    /// (else the rows' <see cref="PageRow{TNode}.Values"/> are null); null when the page needs what only the
    /// LINQ path does.
    /// </summary>
    private static NestedPageSql<TNode>? TryCreate<TRow>((IModel Model, PagePlan<TRow> Plan,
        Expression<Func<TRow, int>> ChildParentKey, Expression<Func<TRow, TNode>> NodeOfRow,
        Expression<Func<TNode, TNode>>? Shape, bool WithTotal, bool WithCursors) state)
    {
        var (model, plan, childParentKey, nodeOfRow, shape, withTotal, withCursors) = state;
        if (RowShape.For(model, typeof(TRow), nodeOfRow) is not { } rows
            || rows.Resolve(childParentKey) is not { OnNode: false } parentColumn
            || rows.NodeColumns(shape) is not { } nodeColumns)
        {
            return null;
        }

        if (KeysetSql.For(rows, plan, parentColumn) is not { } keyset)
        {
            return null;
        }

        // Note: without cursors the sort values are neither selected nor read: a page of 50 packages with
        // 10 grids and 10 participants each had a thousand arrays of boxed values made for nobody.
        var keyColumns = withCursors ? keyset.Columns : [];
        var orderOnNode = keyset.Columns.Any(c => c.OnNode);
        var parent = parentColumn.Sql;
        var totals = withTotal && !keyset.HasCursor;
        var order = keyset.Order(plan.Page.Backward);
        var conditions = keyset.Conditions;
        var first = totals ? 2 : 1;
        return new NestedPageSql<TNode>(
            Single(rows, parent, totals, keyColumns, nodeColumns, order, conditions),
            Many(rows, parent, totals, keyColumns, orderOnNode, nodeColumns, order, conditions),
            keyset.Parameters, totals,
            withCursors ? RowReaders.Values(model, [.. keyColumns.Select(c => c.Property)], first) : null,
            RowReaders.Entity<TNode>(model, nodeColumns, first + keyColumns.Count));
    }

    /// <summary>
    /// The first <paramref name="take"/> rows of each parent with at least one, with its total when
    /// <see cref="HasTotals"/>.
    /// </summary>
    public async Task<Dictionary<int, (List<PageRow<TNode>> Rows, int Total)>> RunAsync(
        SqlSession session, IReadOnlyList<int> parents, int take, CancellationToken cancellationToken)
    {
        // Note: the single form's limit is written into the text. SQLite's planner reads a bound LIMIT's
        // value, so binding it again expired the prepared statement and compiled it anew on every execution.
        var command = session.Command(parents.Count == 1 ? single.For(take) : many.For(parents.Count));
        for (var i = 0; i < parents.Count; i++)
        {
            SqlSession.Add(command, StatementTexts.ListName(i), parents[i]);
        }

        for (var i = 0; i < cursorParameters.Count; i++)
        {
            SqlSession.Add(command, StatementTexts.CursorName(i), cursorParameters[i]);
        }

        if (parents.Count > 1)
        {
            SqlSession.Add(command, "@take", take);
        }

        var pages = new Dictionary<int, (List<PageRow<TNode>> Rows, int Total)>();
        using var activity = session.Trace(command);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        List<PageRow<TNode>>? rows = null;
        var current = 0;
        while (await reader.ReadAsync(cancellationToken))
        {
            var parent = reader.GetInt32(0);
            if (rows is null || parent != current)
            {
                rows = [];
                current = parent;
                pages[parent] = (rows, totalColumn ? reader.GetInt32(1) : 0);
            }

            rows.Add(new PageRow<TNode> { Node = node(reader), Values = values?.Invoke(reader) });
        }

        return pages;
    }

    /// <summary>
    /// The statement for one parent: its rows in the page's order with <c>LIMIT</c>, the total from
    /// <c>COUNT(*) OVER ()</c>, which the store computes before the limit.
    /// </summary>
    private static string Single(RowShape rows, string parent, bool totals, IReadOnlyList<SqlColumn> keyColumns,
        IReadOnlyList<IProperty> nodeColumns, string order, string conditions)
    {
        var sql = new StringBuilder("SELECT ").Append(parent);
        if (totals)
        {
            sql.Append(", COUNT(*) OVER ()");
        }

        foreach (var column in keyColumns)
        {
            sql.Append(", ").Append(column.Sql);
        }

        foreach (var column in nodeColumns)
        {
            sql.Append(", ").Append(new SqlColumn(column, OnNode: rows.Navigation is not null).Sql);
        }

        sql.Append(" FROM ").Append(RowShape.Table(rows.Row)).Append(" AS " + SqlColumn.RowAlias);
        if (rows.Navigation is { } navigation)
        {
            sql.Append(" JOIN ").Append(NodeJoin(rows, new SqlColumn(navigation.Properties[0], OnNode: false).Sql));
        }

        return sql.Append(" WHERE ").Append(parent).Append(" = @p0").Append(conditions)
            .Append(" ORDER BY ").Append(order).Append(" LIMIT ").ToString();
    }

    /// <summary>
    /// The statement for many parents, as a head and a tail around the list of their ids: the child table
    /// ranked per parent under the ids and the cursor (joined to the node's table only when the order reads
    /// it), the node's table joined to the ranked rows that are kept.
    /// </summary>
    private static (string Head, string Tail) Many(RowShape rows, string parent, bool totals,
        IReadOnlyList<SqlColumn> keyColumns, bool orderOnNode, IReadOnlyList<IProperty> nodeColumns, string order,
        string conditions)
    {
        var inner = new StringBuilder("SELECT ").Append(parent).Append(" AS \"parent\"");
        for (var i = 0; i < keyColumns.Count; i++)
        {
            inner.Append(", ").Append(keyColumns[i].Sql).Append(" AS \"v").Append(i).Append('"');
        }

        if (rows.Navigation is { } navigation)
        {
            var nodeKey = new SqlColumn(navigation.Properties[0], OnNode: false);
            inner.Append(", ").Append(nodeKey.Sql).Append(" AS \"node\"");
        }
        else
        {
            for (var i = 0; i < nodeColumns.Count; i++)
            {
                inner.Append(", ").Append(new SqlColumn(nodeColumns[i], OnNode: false).Sql)
                    .Append(" AS \"c").Append(i).Append('"');
            }
        }

        inner.Append(", ROW_NUMBER() OVER (PARTITION BY ").Append(parent).Append(" ORDER BY ").Append(order)
            .Append(") AS \"n\"");
        if (totals)
        {
            inner.Append(", COUNT(*) OVER (PARTITION BY ").Append(parent).Append(") AS \"t\"");
        }

        inner.Append(" FROM ").Append(RowShape.Table(rows.Row)).Append(" AS " + SqlColumn.RowAlias);
        if (rows.Navigation is not null && orderOnNode)
        {
            inner.Append(" JOIN ").Append(NodeJoin(rows,
                new SqlColumn(rows.Navigation.Properties[0], OnNode: false).Sql));
        }

        var outer = new StringBuilder("SELECT w.\"parent\"");
        if (totals)
        {
            outer.Append(", w.\"t\"");
        }

        for (var i = 0; i < keyColumns.Count; i++)
        {
            outer.Append(", w.\"v").Append(i).Append('"');
        }

        for (var i = 0; i < nodeColumns.Count; i++)
        {
            outer.Append(", ").Append(rows.Navigation is null
                ? "w.\"c" + i + "\""
                : new SqlColumn(nodeColumns[i], OnNode: true).Sql);
        }

        var head = outer.Append(" FROM (").Append(inner).Append(" WHERE ").Append(parent).Append(" IN (").ToString();
        var tail = new StringBuilder().Append(')').Append(conditions).Append(") AS w");
        if (rows.Navigation is not null)
        {
            tail.Append(" JOIN ").Append(NodeJoin(rows, "w.\"node\""));
        }

        tail.Append(" WHERE w.\"n\" <= @take ORDER BY w.\"parent\", w.\"n\"");
        return (head, tail.ToString());
    }

    private static string NodeJoin(RowShape rows, string foreignKey) =>
        RowShape.Table(rows.Node) + " AS " + SqlColumn.NodeAlias + " ON " + SqlColumn.NodeAlias + "."
        + RowShape.Quote(rows.Navigation!.PrincipalKey.Properties[0].GetColumnName()) + " = " + foreignKey;
}
