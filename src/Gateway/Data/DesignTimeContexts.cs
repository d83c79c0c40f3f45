using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Gateway.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build the SQLite context without starting the server.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteCatalogueDbContext>
{
    public SqliteCatalogueDbContext CreateDbContext(string[] args) => new(
        new DbContextOptionsBuilder<SqliteCatalogueDbContext>()
            .UseSqlite("Data Source=design.db")
            .UseSnakeCaseNamingConvention()
            .Options);
}

/// <summary>Lets <c>dotnet ef migrations add</c> build the PostgreSQL context; it connects to nothing.</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresCatalogueDbContext>
{
    public PostgresCatalogueDbContext CreateDbContext(string[] args) => new(
        new DbContextOptionsBuilder<PostgresCatalogueDbContext>()
            .UseNpgsql("Host=localhost;Database=design")
            .UseSnakeCaseNamingConvention()
            .Options);
}
