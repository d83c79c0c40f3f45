using Gateway.Data;
using Gateway.Hosting;
using Gateway.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Gateway.Tests.Data.Migrations;

public sealed class MigrationTests
{
    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Database_made_by_the_first_migration_upgrades_with_its_data(CatalogueProvider provider)
    {
        var (connectionString, cleanup) = await EmptyDatabaseAsync(provider);
        await using var services = Services(provider, connectionString);
        try
        {
            await using (var db = Context(services))
            {
                var first = db.Database.GetMigrations().First();
                await db.GetService<IMigrator>().MigrateAsync(first);
                Assert.Equal([first], await db.Database.GetAppliedMigrationsAsync());
                await FillWithSqlAsync(db);
            }

            await using (var db = Context(services))
            {
                await db.Database.MigrateAsync();
                Assert.Empty(await db.Database.GetPendingMigrationsAsync());
                var package = await db.Packages.SingleAsync(p => p.Id == 6045);
                Assert.Equal("django-multisite2", package.Slug);
                Assert.Equal("Multisite in django — use one Django app", package.RepoDescription);
                Assert.Equal(new DateTime(2025, 1, 22, 16, 6, 6, 693, 138, DateTimeKind.Utc), package.Created);
                Assert.Equal(52, package.CommitsOver52.Count);
                Assert.Equal(4, package.CommitsOver52[21]);
                Assert.Equal("apps", (await db.Categories.SingleAsync(c => c.Id == 1)).Slug);
                Assert.Equal(243, (await db.GridPackages.SingleAsync()).GridId);
                Assert.Equal("erikvw", (await db.PackageParticipants.Include(pp => pp.Participant).SingleAsync())
                    .Participant!.Login);
            }
        }
        finally
        {
            await cleanup();
        }
    }

    /// <summary>Rows written with plain SQL, as an older version of the application would have left them.</summary>
    private static async Task FillWithSqlAsync(CatalogueDbContext db)
    {
        var postgres = db.Provider == CatalogueProvider.Postgres;
        var commits = string.Join(',', Enumerable.Range(0, 52).Select(w => w == 21 ? 4 : 0));
        var commitsValue = postgres ? $"ARRAY[{commits}]" : $"'[{commits}]'";
        var created = postgres ? "'2025-01-22 16:06:06.693138+00'" : "'2025-01-22 16:06:06.693138'";
        var bools = postgres ? ("true", "false") : ("1", "0");
#pragma warning disable EF1002, EF1003 // The values are constants of this test.
        await db.Database.ExecuteSqlRawAsync(
            "INSERT INTO categories "
            + "(id, title, slug, description, title_plural, show_pypi, created, modified, version) "
            + $"VALUES (1, 'App', 'apps', '', 'Apps', {bools.Item1}, {created}, {created}, 1);");
        await db.Database.ExecuteSqlRawAsync(
            "INSERT INTO grids (id, title, slug, description, is_locked, header, created, modified, version) "
            + $"VALUES (243, 'Multi-Site', 'multi-site', '', {bools.Item2}, {bools.Item2}, {created}, {created}, 1);");
        await db.Database.ExecuteSqlRawAsync(
            "INSERT INTO packages (id, title, slug, category_id, repo_url, repo_description, repo_watchers, "
            + "repo_forks, "
            + "pypi_url, commits_over_52, pypi_downloads, commit_count, score, created, modified, version) VALUES "
            + "(6045, 'django-multisite2', 'django-multisite2', 1, 'https://github.com/erikvw/django-multisite2', "
            + $"'Multisite in django — use one Django app', 1, 2, '', {commitsValue}, 0, 4, 1, "
            + $"{created}, {created}, 1);");
        await db.Database.ExecuteSqlRawAsync("INSERT INTO participants (id, login) VALUES (1, 'erikvw');");
        await db.Database.ExecuteSqlRawAsync(
            "INSERT INTO package_participants (package_id, participant_id, position) VALUES (6045, 1, 0);");
        await db.Database.ExecuteSqlRawAsync(
            "INSERT INTO grid_packages (id, grid_id, package_id, created, modified) "
            + $"VALUES (1, 243, 6045, {created}, {created});");
#pragma warning restore EF1002, EF1003
    }

    private static async Task<(string ConnectionString, Func<Task> Cleanup)> EmptyDatabaseAsync(
        CatalogueProvider provider)
    {
        if (provider == CatalogueProvider.Postgres)
        {
            var connectionString = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
            return (connectionString, () => Task.CompletedTask);
        }

        var path = Path.Combine(Path.GetTempPath(), $"gateway-migration-{Guid.NewGuid():N}.db");
        return (new SqliteConnectionStringBuilder { DataSource = path }.ToString(), DeleteFile);

        Task DeleteFile()
        {
            SqliteConnection.ClearAllPools();
            File.Delete(path);
            return Task.CompletedTask;
        }
    }

    /// <summary>The gateway's own registration over a database that nothing has migrated yet.</summary>
    private static ServiceProvider Services(CatalogueProvider provider, string connectionString)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Catalogue:Provider"] = provider == CatalogueProvider.Sqlite ? "sqlite" : "postgres",
            ["ConnectionStrings:Catalogue"] = connectionString,
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<IConfiguration>(configuration);
        services.AddGatewayServices(configuration);
        return services.BuildServiceProvider();
    }

    private static CatalogueDbContext Context(IServiceProvider services) =>
        services.GetRequiredService<IDbContextFactory<CatalogueDbContext>>().CreateDbContext();
}
