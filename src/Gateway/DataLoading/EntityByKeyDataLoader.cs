using System.Linq.Expressions;
using Gateway.Data;
using Microsoft.EntityFrameworkCore;

namespace Gateway.DataLoading;

/// <summary>Loads entities by a unique key (id, slug, login) in one statement per batch.</summary>
public abstract class EntityByKeyDataLoader<TKey, TEntity> : BatchDataLoader<TKey, TEntity>
    where TKey : notnull
    where TEntity : class
{
    private readonly IDbContextFactory<CatalogueDbContext> contexts;
    private readonly Expression<Func<TEntity, TKey>> key;
    private readonly Func<TEntity, TKey> keyOf;

    /// <summary>Creates a loader of <typeparamref name="TEntity"/> by <paramref name="key"/>.</summary>
    protected EntityByKeyDataLoader(IDbContextFactory<CatalogueDbContext> contexts, Expression<Func<TEntity, TKey>> key)
    {
        this.contexts = contexts;
        this.key = key;
        keyOf = key.Compile();
    }

    /// <inheritdoc/>
    protected override async Task<IReadOnlyDictionary<TKey, TEntity?>> FetchAsync(
        IReadOnlyList<TKey> keys, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var wanted = keys.Distinct().ToList();
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
