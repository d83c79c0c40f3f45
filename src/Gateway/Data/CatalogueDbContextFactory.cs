using Microsoft.EntityFrameworkCore;

namespace Gateway.Data;

/// <summary>
/// Hands out the configured store's context as the shared <see cref="CatalogueDbContext"/>, and, on
/// SQLite, owns the open connections with prepared statements that hand-written reads use
/// (<see cref="SqlSession"/>); they close when the application's services are disposed.
/// </summary>
internal sealed class CatalogueDbContextFactory<TContext>(IDbContextFactory<TContext> inner)
    : IDbContextFactory<CatalogueDbContext>, IPreparedConnectionSource, IDisposable
    where TContext : CatalogueDbContext
{
    private readonly Lock gate = new();
    private PreparedSqliteConnections? prepared;
    private bool disposed;

    public CatalogueDbContext CreateDbContext() => inner.CreateDbContext();

    public PreparedSqliteConnections? Prepared(CatalogueDbContext db)
    {
        if (prepared is not null || db.Provider != CatalogueProvider.Sqlite)
        {
            return prepared;
        }

        lock (gate)
        {
            if (!disposed)
            {
                prepared ??= new PreparedSqliteConnections(db.Database.GetConnectionString()!);
            }

            return prepared;
        }
    }

    public void Dispose()
    {
        lock (gate)
        {
            disposed = true;
            prepared?.Dispose();
        }
    }
}
