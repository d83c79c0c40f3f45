using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Data;

/// <summary>Registers the catalogue store chosen by configuration.</summary>
public static class CatalogueServiceCollectionExtensions
{
    /// <summary>
    /// Registers a pooled <see cref="IDbContextFactory{CatalogueDbContext}"/> for the configured store
    /// (data loaders run concurrently, so each fetch takes its own context) and a scoped
    /// <see cref="CatalogueDbContext"/> for request code that runs one step at a time.
    /// </summary>
    public static IServiceCollection AddCatalogue(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(CatalogueOptions.SectionName).Get<CatalogueOptions>()
            ?? new CatalogueOptions();
        services.Configure<CatalogueOptions>(configuration.GetSection(CatalogueOptions.SectionName));

        var provider = options.ParseProvider();
        var connectionString = configuration.GetConnectionString("Catalogue");
        switch (provider)
        {
            case CatalogueProvider.Sqlite:
                var sqlite = SqliteConnectionString(connectionString, options);
                services.AddPooledDbContextFactory<SqliteCatalogueDbContext>(
                    (sp, builder) => ConfigureSqlite(builder, sqlite, sp));
                services.AddSingleton<IDbContextFactory<CatalogueDbContext>,
                    CatalogueDbContextFactory<SqliteCatalogueDbContext>>();
                break;
            case CatalogueProvider.Postgres:
                if (string.IsNullOrWhiteSpace(connectionString))
                {
                    throw new InvalidOperationException(
                        "Catalogue:Provider is 'postgres' but ConnectionStrings:Catalogue is not set.");
                }

                services.AddPooledDbContextFactory<PostgresCatalogueDbContext>(
                    (sp, builder) => ConfigurePostgres(builder, connectionString, sp));
                services.AddSingleton<IDbContextFactory<CatalogueDbContext>,
                    CatalogueDbContextFactory<PostgresCatalogueDbContext>>();
                break;
        }

        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<CatalogueDbContext>>().CreateDbContext());
        services.AddSingleton(new CatalogueStore(provider));
        services.AddTransient<CatalogueInitializer>();
        return services;
    }

    /// <summary>
    /// How a list of keys (<c>ids.Contains(row.Id)</c>, every loader's batch) becomes SQL: one array-like
    /// parameter (<c>json_each(@ids)</c> on SQLite, <c>= ANY(@ids)</c> on PostgreSQL).
    /// </summary>
    /// <remarks>
    /// Note: EF Core 10's default expands a list into one parameter per element, and a command whose SQL
    /// depends on the list's length is not kept in EF Core's command cache: every batch generated its
    /// SQL again, under a lock shared by all requests running the same query (issue 9's profile: about
    /// 6% of the CPU of a REST package read). One parameter keeps the SQL the same for every batch.
    /// </remarks>
    private const ParameterTranslationMode CollectionMode = ParameterTranslationMode.Parameter;

    /// <summary>The SQLite connection string: the configured one, or a file in the data folder.</summary>
    public static string SqliteConnectionString(string? configured, CatalogueOptions options)
    {
        var builder = new SqliteConnectionStringBuilder(configured ?? "");
        if (string.IsNullOrWhiteSpace(builder.DataSource))
        {
            builder.DataSource = Path.Combine(Path.GetFullPath(options.DataDirectory), "catalogue.db");
        }

        // Note: SQLite answers "database is locked" at once unless told to wait; 30 s of busy timeout lets
        // concurrent writers queue instead of failing.
        if (!configured?.Contains("timeout", StringComparison.OrdinalIgnoreCase) ?? true)
        {
            builder.DefaultTimeout = 30;
        }

        return builder.ToString();
    }

    private static void ConfigureSqlite(DbContextOptionsBuilder builder, string connectionString, IServiceProvider sp)
    {
        builder.UseSqlite(connectionString, sqlite => sqlite.UseParameterizedCollectionMode(CollectionMode))
            .UseSnakeCaseNamingConvention()
            .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking);
        AddInterceptors(builder, sp);
    }

    private static void ConfigurePostgres(DbContextOptionsBuilder builder, string connectionString, IServiceProvider sp)
    {
        builder.UseNpgsql(connectionString, npgsql => npgsql.UseParameterizedCollectionMode(CollectionMode))
            .UseSnakeCaseNamingConvention()
            .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking);
        AddInterceptors(builder, sp);
    }

    private static void AddInterceptors(DbContextOptionsBuilder builder, IServiceProvider sp)
    {
        var interceptors = sp.GetServices<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>().ToArray();
        if (interceptors.Length > 0)
        {
            builder.AddInterceptors(interceptors);
        }
    }
}
