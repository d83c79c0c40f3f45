using System.Text;
using Gateway.Relay;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Gateway.DataLoading.Sql;

/// <summary>
/// The SQL of a keyset page's order and cursor conditions, term for term what the LINQ path asks EF Core
/// for (<see cref="PagePlan{TRow}"/>), so that a cursor made by one path pages on in the other: an explicit
/// placement term before each nullable key, strings compared with the store's own <c>&lt;</c>/<c>&gt;</c>,
/// flags compared as 0/1.
/// </summary>
internal sealed class KeysetSql
{
    private readonly IReadOnlyList<PageKey> keys;
    private readonly IReadOnlyList<string> columns;

    private KeysetSql(IReadOnlyList<PageKey> keys, IReadOnlyList<SqlColumn> columns)
    {
        this.keys = keys;
        Columns = columns;
        this.columns = [.. columns.Select(c => c.Sql)];
    }

    /// <summary>The column of each sort key, the row's unique key last.</summary>
    public IReadOnlyList<SqlColumn> Columns { get; }

    /// <summary>
    /// How many keys the <c>ORDER BY</c> needs: the keys past a prefix that is already unique (with the
    /// parent's key) cannot change the order, and leaving them out lets the store read the rows in an
    /// index's order instead of sorting them.
    /// </summary>
    private int OrderLength { get; set; }

    /// <summary>The cursors' conditions, each starting with <c>" AND "</c>; empty without a cursor.</summary>
    public string Conditions { get; private set; } = "";

    /// <summary>Whether the page has a cursor (then a total over the page's rows is not the connection's).</summary>
    public bool HasCursor => Conditions.Length > 0;

    /// <summary>The parameters the conditions use, in the order of their names (<c>@c0</c>, <c>@c1</c>, ...).</summary>
    public List<object?> Parameters { get; } = [];

    /// <summary>
    /// The order and cursor conditions of <paramref name="plan"/> over the columns of <paramref name="rows"/>;
    /// null when a sort key is not a plain column.
    /// </summary>
    public static KeysetSql? For<TRow>(RowShape rows, PagePlan<TRow> plan, SqlColumn? parent = null)
    {
        var columns = new List<SqlColumn>(plan.Keys.Count);
        foreach (var key in plan.Keys)
        {
            if (rows.Resolve(key.Key) is not { } column || !RowShape.IsParameterType(column.Property.ClrType))
            {
                return null;
            }

            columns.Add(column);
        }

        var keyset = new KeysetSql(plan.Keys, columns) { OrderLength = UniquePrefix(rows, plan.Keys, columns, parent) };
        if (plan.After is not null)
        {
            keyset.Conditions += " AND " + keyset.Beyond(plan.After, reversed: false);
        }

        if (plan.Before is not null)
        {
            keyset.Conditions += " AND " + keyset.Beyond(plan.Before, reversed: true);
        }

        return keyset;
    }

    /// <summary>The <c>ORDER BY</c> terms (without the keywords), walking backward when asked.</summary>
    public string Order(bool backward)
    {
        var terms = new List<string>();
        for (var i = 0; i < OrderLength; i++)
        {
            var key = backward ? keys[i].Reversed() : keys[i];
            if (key.Nullable)
            {
                var (nulls, values) = key.NullsFirst ? (0, 1) : (1, 0);
                terms.Add($"CASE WHEN {columns[i]} IS NULL THEN {nulls} ELSE {values} END");
            }

            terms.Add(columns[i] + (key.Descending ? " DESC" : ""));
        }

        return string.Join(", ", terms);
    }

    /// <summary>
    /// The condition on rows strictly beyond <paramref name="values"/> (a decoded cursor) in the order, or
    /// in the reversed order when <paramref name="reversed"/> (a <c>before</c> cursor).
    /// </summary>
    private string Beyond(object?[] values, bool reversed)
    {
        var result = new List<string>();
        var equalSoFar = new StringBuilder();
        for (var i = 0; i < keys.Count; i++)
        {
            var key = reversed ? keys[i].Reversed() : keys[i];
            if (BeyondOne(key, columns[i], values[i]) is { } beyond)
            {
                result.Add("(" + equalSoFar + beyond + ")");
            }

            equalSoFar.Append(values[i] is null
                ? $"{columns[i]} IS NULL AND "
                : $"{columns[i]} = {Parameter(values[i])} AND ");
        }

        return result.Count == 0 ? "1 = 0" : "(" + string.Join(" OR ", result) + ")";
    }

    /// <summary>
    /// The number of leading keys that, with <paramref name="parent"/>, cover a unique index (or the primary
    /// key) of the row's table with columns that are never null; all keys when none does.
    /// </summary>
    private static int UniquePrefix(RowShape rows, IReadOnlyList<PageKey> keys, List<SqlColumn> columns,
        SqlColumn? parent)
    {
        var covered = new HashSet<IReadOnlyProperty>();
        if (parent is { OnNode: false })
        {
            covered.Add(parent.Property);
        }

        var unique = rows.Row.GetKeys().Select(k => k.Properties)
            .Concat(rows.Row.GetIndexes().Where(i => i.IsUnique).Select(i => i.Properties))
            .ToList();
        for (var i = 0; i < keys.Count; i++)
        {
            if (keys[i].Nullable || columns[i].OnNode)
            {
                return keys.Count;
            }

            covered.Add(columns[i].Property);
            if (unique.Any(properties => properties.All(covered.Contains)))
            {
                return i + 1;
            }
        }

        return keys.Count;
    }

    private string? BeyondOne(PageKey key, string column, object? value)
    {
        if (value is null)
        {
            // Past a null come the non-null values when nulls come first, and nothing when they come last.
            return key.NullsFirst ? $"{column} IS NOT NULL" : null;
        }

        var left = column;
        var compareWith = value;
        if (value is bool flag)
        {
            left = $"CASE WHEN {column} THEN 1 ELSE 0 END";
            compareWith = flag ? 1 : 0;
        }

        var right = Parameter(compareWith);
        var compared = $"{left} {(key.Descending ? "<" : ">")} {right}";
        return key.Nullable && !key.NullsFirst ? $"({column} IS NULL OR {compared})" : compared;
    }

    private string Parameter(object? value)
    {
        Parameters.Add(value);
        return "@c" + (Parameters.Count - 1);
    }
}
