namespace Gateway.DataLoading;

/// <summary>A loader of at most one value per key (an entity by its id): a missing key loads <c>null</c>.</summary>
public abstract class BatchDataLoader<TKey, TValue> : DataLoaderBase<TKey, TValue?>
    where TKey : notnull
    where TValue : class
{
    /// <inheritdoc/>
    protected override TValue? Missing(TKey key) => null;
}
