using System.Collections.Concurrent;
using System.Data.Common;
using System.Linq.Expressions;
using System.Text;
using Gateway.Data;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Gateway.DataLoading.Sql;

/// <summary>
/// Entities by a unique key as one hand-written statement,
/// <c>SELECT (every column) FROM table WHERE key IN (@p0, @p1, ...)</c>, read through the model's
/// converters; made once per model, entity and key.
/// </summary>
/// <remarks>
/// Note: the statement EF Core sends for <c>Where(keys.Contains(e.Key))</c> is the same, but EF Core's
/// per-call pipeline (the key list's parameter, the query cache lookup, the shaper) cost more than the
/// statement itself for the one or two rows a request usually loads (issue 9's profile: a package by slug
/// spent 22% of its CPU in it).
/// </remarks>
internal sealed class KeyLookupSql<TEntity>
{
    private static readonly ConcurrentDictionary<(IModel Model, Type Loader), KeyLookupSql<TEntity>?> Cache = new();

    private readonly StatementTexts texts;
    private readonly Func<DbDataReader, TEntity> entity;

    private KeyLookupSql(string head, Func<DbDataReader, TEntity> entity)
    {
        texts = new StatementTexts(count => StatementTexts.WithList(head, count, ")"));
        this.entity = entity;
    }

    /// <summary>
    /// The lookup of <typeparamref name="TEntity"/> by <paramref name="key"/>, the key of every instance of
    /// <paramref name="loader"/>; null when the key is not a column.
    /// </summary>
    public static KeyLookupSql<TEntity>? For<TKey>(IModel model, Type loader, Expression<Func<TEntity, TKey>> key) =>
        Cache.GetOrAdd((model, loader), static (entry, key) =>
        {
            if (RowShape.For(entry.Model, typeof(TEntity), Expression.Lambda<Func<TEntity, TEntity>>(
                    key.Parameters[0], key.Parameters[0])) is not { } shape
                || shape.Resolve(key) is not { } column
                || shape.NodeColumns(null) is not { } columns)
            {
                return null;
            }

            var sql = new StringBuilder("SELECT ");
            sql.AppendJoin(", ", columns.Select(c => new SqlColumn(c, OnNode: false).Sql));
            sql.Append(" FROM ").Append(RowShape.Table(shape.Row)).Append(" AS " + SqlColumn.RowAlias)
                .Append(" WHERE ").Append(column.Sql).Append(" IN (");
            return new KeyLookupSql<TEntity>(sql.ToString(), RowReaders.Entity<TEntity>(entry.Model, columns, 0));
        }, key);

    /// <summary>The entities whose key is one of <paramref name="keys"/>.</summary>
    public async Task<List<TEntity>> RunAsync<TKey>(SqlSession session, IReadOnlyList<TKey> keys,
        CancellationToken cancellationToken)
    {
        var command = session.Command(texts.For(keys.Count));
        for (var i = 0; i < keys.Count; i++)
        {
            SqlSession.Add(command, StatementTexts.ListName(i), keys[i]);
        }

        var rows = new List<TEntity>(keys.Count);
        using var activity = session.Trace(command);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(entity(reader));
        }

        return rows;
    }
}
