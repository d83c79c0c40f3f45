using Gateway.Data.Seeding;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Data;

/// <summary>Creates, migrates and seeds the catalogue: the steps behind <c>migrate</c>, <c>seed</c> and start-up.</summary>
public sealed partial class CatalogueInitializer(
    IDbContextFactory<CatalogueDbContext> contexts,
    TimeProvider clock,
    ILogger<CatalogueInitializer> logger)
{
    /// <summary>Creates the store if missing and applies every pending migration.</summary>
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (db.Provider == CatalogueProvider.Sqlite)
        {
            var file = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
            var folder = Path.GetDirectoryName(Path.GetFullPath(file));
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }
        }

        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            LogMigrating(pending.Count, db.Provider);
            await db.Database.MigrateAsync(cancellationToken);
        }

        if (db.Provider == CatalogueProvider.Sqlite)
        {
            // Note: write-ahead logging lets readers go on while one writer writes; it is a property of
            // the file, so setting it once per start is enough.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }

    /// <summary>Fills the catalogue with the demo catalogue when it holds no package. Returns whether it did.</summary>
    public async Task<bool> SeedIfEmptyAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.Packages.AnyAsync(cancellationToken) || await db.Categories.AnyAsync(cancellationToken))
        {
            return false;
        }

        var started = clock.GetTimestamp();
        var counts = await DemoCatalogue.WriteAsync(db, cancellationToken);
        var seconds = clock.GetElapsedTime(started).TotalSeconds;
        LogSeeded(counts.Packages, counts.Grids, counts.Participants, seconds);
        return true;
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Applying {Count} migrations to the {Provider} catalogue")]
    private partial void LogMigrating(int count, CatalogueProvider provider);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information,
        Message = "Seeded the demo catalogue: {Packages} packages, {Grids} grids, {Participants} participants in {Seconds:F1} s")]
    private partial void LogSeeded(int packages, int grids, int participants, double seconds);
}
