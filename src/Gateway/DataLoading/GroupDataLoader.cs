namespace Gateway.DataLoading;

/// <summary>A loader of many values per key (one-to-many): a key without values loads an empty list.</summary>
public abstract class GroupDataLoader<TKey, TElement> : DataLoaderBase<TKey, IReadOnlyList<TElement>>
    where TKey : notnull
{
    /// <inheritdoc/>
    protected sealed override async Task<IReadOnlyDictionary<TKey, IReadOnlyList<TElement>>> FetchAsync(
        IReadOnlyList<TKey> keys, CancellationToken cancellationToken)
    {
        var lookup = await FetchGroupsAsync(keys, cancellationToken);
        return lookup.ToDictionary(g => g.Key, IReadOnlyList<TElement> (g) => g.ToList());
    }

    /// <summary>Fetches the elements of <paramref name="keys"/>, grouped by key, each group in its order.</summary>
    protected abstract Task<ILookup<TKey, TElement>> FetchGroupsAsync(
        IReadOnlyList<TKey> keys, CancellationToken cancellationToken);

    /// <inheritdoc/>
    protected override IReadOnlyList<TElement> Missing(TKey key) => [];
}
