using GraphQL.DataLoader;

namespace Gateway.DataLoading;

/// <summary>
/// A value computed once, when the execution engine awaits it with the other pending loads of its level
/// (for example a connection's total count, or a list of loads combined).
/// </summary>
public sealed class DeferredResult<T>(Func<CancellationToken, Task<T>> compute) : IDataLoaderResult<T>
{
    private readonly Lock gate = new();
    private Task<T>? task;

    /// <inheritdoc/>
    public Task<T> GetResultAsync(CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            return task ??= compute(cancellationToken);
        }
    }

    async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
        await GetResultAsync(cancellationToken);
}
