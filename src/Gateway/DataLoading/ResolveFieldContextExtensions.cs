using Gateway.Data;
using GraphQL;
using Microsoft.EntityFrameworkCore;

namespace Gateway.DataLoading;

/// <summary>Reaches the request's loaders and store from a resolver.</summary>
public static class ResolveFieldContextExtensions
{
    /// <summary>The request's loader registry.</summary>
    public static DataLoaderRegistry Loaders(this IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<DataLoaderRegistry>();

    /// <summary>The request's instance of <typeparamref name="TLoader"/>.</summary>
    public static TLoader Loader<TLoader>(this IResolveFieldContext context)
        where TLoader : IDataLoader => context.Loaders().Get<TLoader>();

    /// <summary>The store's context factory: one context per fetch, since resolvers run in parallel.</summary>
    public static IDbContextFactory<CatalogueDbContext> Contexts(this IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<IDbContextFactory<CatalogueDbContext>>();

    /// <summary>
    /// The request's loader of this connection field: one per field of the document, so that all parents
    /// of a level that ask for the field share one batch and one set of arguments.
    /// </summary>
    public static TLoader ConnectionLoader<TLoader>(this IResolveFieldContext context,
        Func<IDbContextFactory<CatalogueDbContext>, TLoader> create)
        where TLoader : IDataLoader =>
        context.Loaders().GetOrAdd((typeof(TLoader), context.FieldAst),
            services => create(services.GetRequiredService<IDbContextFactory<CatalogueDbContext>>()));
}
