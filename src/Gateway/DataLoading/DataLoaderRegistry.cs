using System.Collections.Concurrent;

namespace Gateway.DataLoading;

/// <summary>
/// The loaders of one request (a scoped service). Plain loaders are created once per request from
/// the request's services; loaders with parameters (a page size, a filter) are kept per parameter key.
/// </summary>
public sealed class DataLoaderRegistry(IServiceProvider services)
{
    // Note: ActivatorUtilities.CreateInstance looks for the constructor by reflection on every call (about
    // 1% of a REST read's CPU in issue 9's profile); a factory made once per loader type does not.
    private static readonly ConcurrentDictionary<Type, ObjectFactory> Factories = new();

    private readonly ConcurrentDictionary<object, IDataLoader> loaders = new();

    /// <summary>The request's instance of <typeparamref name="TLoader"/>, its dependencies injected.</summary>
    public TLoader Get<TLoader>()
        where TLoader : IDataLoader =>
        (TLoader)loaders.GetOrAdd(typeof(TLoader), static (_, services) =>
            (IDataLoader)Factories.GetOrAdd(typeof(TLoader),
                static type => ActivatorUtilities.CreateFactory(type, Type.EmptyTypes))(services, null), services);

    /// <summary>The request's loader for <paramref name="key"/>, made by <paramref name="create"/> once.</summary>
    public TLoader GetOrAdd<TLoader>(object key, Func<IServiceProvider, TLoader> create)
        where TLoader : IDataLoader =>
        (TLoader)loaders.GetOrAdd(key, _ => create(services));

    /// <summary>Drops every loader's cache, so that reads after a write see the write.</summary>
    public void ClearAll()
    {
        foreach (var loader in loaders.Values)
        {
            loader.ClearAll();
        }
    }
}
