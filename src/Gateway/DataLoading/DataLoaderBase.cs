using GraphQL.DataLoader;

namespace Gateway.DataLoading;

/// <summary>
/// Collects keys, fetches all keys collected so far in one batch when the first result is awaited,
/// and caches each key's value for the rest of the request.
/// </summary>
/// <remarks>
/// Hand-written because the <c>GraphQL.DataLoader</c> package is not available here; GraphQL.NET's
/// execution engine runs every resolver of a level first and awaits the pending
/// <see cref="IDataLoaderResult"/>s afterwards, so each loader fetches once per level.
/// Loads come from resolvers running in parallel, hence the lock.
/// </remarks>
/// <typeparam name="TKey">The key the values are fetched by.</typeparam>
/// <typeparam name="TValue">The value for one key.</typeparam>
public abstract class DataLoaderBase<TKey, TValue> : IDataLoader
    where TKey : notnull
{
    private readonly Lock gate = new();
    private readonly Dictionary<TKey, Entry> cache = [];
    private Batch? pending;

    /// <summary>Queues <paramref name="key"/> (or finds it in the cache) and returns its pending value.</summary>
    public IDataLoaderResult<TValue> Load(TKey key)
    {
        lock (gate)
        {
            if (!cache.TryGetValue(key, out var entry))
            {
                pending ??= new Batch(this);
                pending.Keys.Add(key);
                entry = new Entry(this, key, pending);
                cache[key] = entry;
            }

            return entry;
        }
    }

    /// <summary>Loads one value from plain C#: fetches the current batch if it has not run yet.</summary>
    public Task<TValue> LoadAsync(TKey key, CancellationToken cancellationToken) =>
        Load(key).GetResultAsync(cancellationToken);

    /// <summary>Loads several values in one batch, in the order of <paramref name="keys"/>.</summary>
    public async Task<IReadOnlyList<TValue>> LoadManyAsync(IEnumerable<TKey> keys, CancellationToken cancellationToken)
    {
        var results = keys.Select(Load).ToList();
        var values = new List<TValue>(results.Count);
        foreach (var result in results)
        {
            values.Add(await result.GetResultAsync(cancellationToken));
        }

        return values;
    }

    /// <summary>Forgets the cached value of <paramref name="key"/>.</summary>
    public void Clear(TKey key)
    {
        lock (gate)
        {
            cache.Remove(key);
        }
    }

    /// <inheritdoc/>
    public virtual void ClearAll()
    {
        lock (gate)
        {
            cache.Clear();
        }
    }

    /// <summary>Fetches the values of <paramref name="keys"/>; keys without a value may be left out.</summary>
    protected abstract Task<IReadOnlyDictionary<TKey, TValue>> FetchAsync(
        IReadOnlyList<TKey> keys, CancellationToken cancellationToken);

    /// <summary>The value of a key the fetch did not return.</summary>
    protected abstract TValue Missing(TKey key);

    private Task<IReadOnlyDictionary<TKey, TValue>> Dispatch(Batch batch, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            if (batch.Fetch is null)
            {
                if (ReferenceEquals(pending, batch))
                {
                    pending = null;
                }

                batch.Fetch = FetchAsync(batch.Keys, cancellationToken);
            }

            return batch.Fetch;
        }
    }

    private sealed class Batch(DataLoaderBase<TKey, TValue> owner)
    {
        public List<TKey> Keys { get; } = [];

        public Task<IReadOnlyDictionary<TKey, TValue>>? Fetch { get; set; }

        public Task<IReadOnlyDictionary<TKey, TValue>> RunAsync(CancellationToken cancellationToken) =>
            owner.Dispatch(this, cancellationToken);
    }

    /// <remarks>
    /// Note: once its batch has been fetched (for every key but the first one awaited), an entry answers
    /// with a completed task and no async state machine: a page of 50 packages awaits some 150 entries.
    /// </remarks>
    private sealed class Entry(DataLoaderBase<TKey, TValue> owner, TKey key, Batch batch) : IDataLoaderResult<TValue>
    {
        public Task<TValue> GetResultAsync(CancellationToken cancellationToken = default)
        {
            var fetch = batch.RunAsync(cancellationToken);
            return fetch.IsCompletedSuccessfully ? Task.FromResult(ValueIn(fetch.Result)) : AwaitAsync(fetch);
        }

        Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken)
        {
            var fetch = batch.RunAsync(cancellationToken);
            return fetch.IsCompletedSuccessfully
                ? Task.FromResult<object?>(ValueIn(fetch.Result))
                : AwaitObjectAsync(fetch);
        }

        private TValue ValueIn(IReadOnlyDictionary<TKey, TValue> values) =>
            values.TryGetValue(key, out var value) ? value : owner.Missing(key);

        private async Task<TValue> AwaitAsync(Task<IReadOnlyDictionary<TKey, TValue>> fetch) =>
            ValueIn(await fetch);

        private async Task<object?> AwaitObjectAsync(Task<IReadOnlyDictionary<TKey, TValue>> fetch) =>
            ValueIn(await fetch);
    }
}
