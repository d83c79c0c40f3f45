using Gateway.Data;
using Gateway.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Gateway.Tests.Infrastructure;

/// <summary>
/// A catalogue store owned by one test: a SQLite file of its own, or a database of its own on the
/// test run's PostgreSQL server. Empty and migrated, or a copy of the seeded demo catalogue.
/// </summary>
public sealed class TestStore : IAsyncDisposable
{
    private static readonly Lazy<Task<string>> SqliteDemoTemplate = new(CreateSqliteDemoTemplateAsync);
    private static readonly Lazy<Task<string>> PostgresDemoTemplate = new(CreatePostgresDemoTemplateAsync);

    private readonly IHost host;

    private TestStore(CatalogueProvider provider, string connectionString)
    {
        Provider = provider;
        ConnectionString = connectionString;
        host = BuildHost(Configuration);
    }

    /// <summary>
    /// Both stores, for <c>[Theory, MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]</c>.
    /// </summary>
    public static TheoryData<CatalogueProvider> Providers => new(CatalogueProvider.Sqlite, CatalogueProvider.Postgres);

    public CatalogueProvider Provider { get; }

    public string ConnectionString { get; }

    /// <summary>The configuration keys that point the gateway at this store (start-up seeding off).</summary>
    public IReadOnlyDictionary<string, string?> Configuration => new Dictionary<string, string?>
    {
        ["Catalogue:Provider"] = Provider == CatalogueProvider.Sqlite ? "sqlite" : "postgres",
        ["ConnectionStrings:Catalogue"] = ConnectionString,
        ["Catalogue:MigrateOnStartup"] = "true",
        ["Catalogue:SeedWhenEmpty"] = "false",
    };

    /// <summary>The gateway's own services over this store, as the command-line verbs build them.</summary>
    public IServiceProvider Services => host.Services;

    /// <summary>An empty, migrated store.</summary>
    public static async Task<TestStore> CreateAsync(CatalogueProvider provider)
    {
        var store = provider switch
        {
            CatalogueProvider.Sqlite => new TestStore(provider, SqliteConnectionString(NewSqlitePath())),
            _ => new TestStore(provider, await (await PostgresServer.GetAsync()).CreateDatabaseAsync()),
        };
        await store.Services.GetRequiredService<CatalogueInitializer>().MigrateAsync(CancellationToken.None);
        return store;
    }

    /// <summary>An empty, migrated store on <paramref name="server"/>, a PostgreSQL server of the test's own.</summary>
    public static async Task<TestStore> CreateAsync(PostgresServer server)
    {
        var store = new TestStore(CatalogueProvider.Postgres, await server.CreateDatabaseAsync());
        await store.Services.GetRequiredService<CatalogueInitializer>().MigrateAsync(CancellationToken.None);
        return store;
    }

    /// <summary>A store of its own holding a copy of the demo catalogue (seeded once per test run).</summary>
    public static async Task<TestStore> CreateDemoAsync(CatalogueProvider provider)
    {
        if (provider == CatalogueProvider.Sqlite)
        {
            var path = NewSqlitePath();
            File.Copy(await SqliteDemoTemplate.Value, path);
            return new TestStore(provider, SqliteConnectionString(path));
        }

        var server = await PostgresServer.GetAsync();
        var template = await PostgresDemoTemplate.Value;
        return new TestStore(provider, await server.CreateDatabaseAsync(template));
    }

    /// <summary>A fresh context on this store; dispose it.</summary>
    public CatalogueDbContext CreateContext() =>
        host.Services.GetRequiredService<IDbContextFactory<CatalogueDbContext>>().CreateDbContext();

    public async ValueTask DisposeAsync()
    {
        host.Dispose();
        if (Provider == CatalogueProvider.Sqlite)
        {
            var path = new SqliteConnectionStringBuilder(ConnectionString).DataSource;
            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { path, path + "-wal", path + "-shm" })
            {
                File.Delete(file);
            }
        }
        else
        {
            NpgsqlConnection.ClearPool(new NpgsqlConnection(ConnectionString));
        }
    }

    /// <summary>The services as the command-line verbs build them: a host without the web server.</summary>
    private static IHost BuildHost(IReadOnlyDictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            DisableDefaults = true,
            EnvironmentName = Environments.Development,
        });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddGatewayServices(builder.Configuration);
        return builder.Build();
    }

    private static string NewSqlitePath() =>
        Path.Combine(Path.GetTempPath(), $"gateway-test-{Guid.NewGuid():N}.db");

    private static string SqliteConnectionString(string path) =>
        new SqliteConnectionStringBuilder { DataSource = path, DefaultTimeout = 30 }.ToString();

    private static async Task<string> CreateSqliteDemoTemplateAsync()
    {
        var path = NewSqlitePath();
        var copy = path + ".template";
        await using var store = new TestStore(CatalogueProvider.Sqlite, SqliteConnectionString(path));
        await SeedAsync(store);
        await using (var db = store.CreateContext())
        {
            // Note: the template is copied as a single file, so the write-ahead log is folded back first.
            await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);");
        }

        // The copy is taken before the store is disposed: disposing deletes the store's file.
        SqliteConnection.ClearAllPools();
        File.Copy(path, copy);
        return copy;
    }

    private static async Task<string> CreatePostgresDemoTemplateAsync()
    {
        var server = await PostgresServer.GetAsync();
        var name = "demo_template_" + Guid.NewGuid().ToString("N");
        var connectionString = await server.CreateDatabaseAsync(name: name);
        var store = new TestStore(CatalogueProvider.Postgres, connectionString);
        await SeedAsync(store);
        await store.DisposeAsync();
        return name;
    }

    private static async Task SeedAsync(TestStore store)
    {
        var initializer = store.Services.GetRequiredService<CatalogueInitializer>();
        await initializer.MigrateAsync(CancellationToken.None);
        await initializer.SeedIfEmptyAsync(CancellationToken.None);
    }
}
