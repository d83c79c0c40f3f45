using Microsoft.EntityFrameworkCore;

namespace Gateway.Data;

/// <summary>The catalogue on a PostgreSQL server.</summary>
public sealed class PostgresCatalogueDbContext(DbContextOptions<PostgresCatalogueDbContext> options)
    : CatalogueDbContext(options)
{
    public override CatalogueProvider Provider => CatalogueProvider.Postgres;
}
