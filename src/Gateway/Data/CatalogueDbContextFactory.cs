using Microsoft.EntityFrameworkCore;

namespace Gateway.Data;

/// <summary>Hands out the configured store's context as the shared <see cref="CatalogueDbContext"/>.</summary>
internal sealed class CatalogueDbContextFactory<TContext>(IDbContextFactory<TContext> inner)
    : IDbContextFactory<CatalogueDbContext>
    where TContext : CatalogueDbContext
{
    public CatalogueDbContext CreateDbContext() => inner.CreateDbContext();
}
