using System.Collections.Concurrent;
using System.Linq.Expressions;
using Gateway.Data;
using Gateway.DataLoading.Sql;
using Microsoft.EntityFrameworkCore;

namespace Gateway.DataLoading;

/// <summary>Loads entities by a unique key (id, slug, login) in one statement per batch.</summary>
public abstract class EntityByKeyDataLoader<TKey, TEntity> : BatchDataLoader<TKey, TEntity>
    where TKey : notnull
    where TEntity : class
{
    // Note: loaders are made per request, and compiling the key expression each time cost about 3% of
    // the CPU of a package query under load (issue 9's profile); each loader type passes the same key,
    // so one compiled delegate per loader type serves every request.
    private static readonly ConcurrentDictionary<Type, Func<TEntity, TKey>> CompiledKeys = new();

    private readonly IDbContextFactory<CatalogueDbContext> contexts;
    private readonly Expression<Func<TEntity, TKey>> key;
    private readonly Func<TEntity, TKey> keyOf;

    /// <summary>
    /// Creates a loader of <typeparamref name="TEntity"/> by <paramref name="key"/>, which must be the same
    /// for every instance of a loader type (its compiled form is kept per type).
    /// </summary>
    protected EntityByKeyDataLoader(IDbContextFactory<CatalogueDbContext> contexts, Expression<Func<TEntity, TKey>> key)
    {
        this.contexts = contexts;
        this.key = key;
        keyOf = CompiledKeys.GetOrAdd(GetType(), static (_, expression) => expression.Compile(), key);
    }

    /// <inheritdoc/>
    protected override async Task<IReadOnlyDictionary<TKey, TEntity?>> FetchAsync(
        IReadOnlyList<TKey> keys, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var wanted = keys.Distinct().ToList();
        if (KeyLookupSql<TEntity>.For(db.Model, GetType(), key) is { } sql)
        {
            List<TEntity> found;
            await using (var session = await SqlSession.OpenAsync(contexts, db, cancellationToken))
            {
                found = await sql.RunAsync(session, wanted, cancellationToken);
            }

            return found.ToDictionary(keyOf, TEntity? (row) => row);
        }

        var contains = Expression.Lambda<Func<TEntity, bool>>(
            Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(TKey)],
                QueryParameter.Of(wanted), key.Body),
            key.Parameters);

        var rows = await db.Set<TEntity>()
            .Where(contains)
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(keyOf, TEntity? (row) => row);
    }
}
