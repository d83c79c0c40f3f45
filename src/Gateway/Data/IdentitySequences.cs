using Microsoft.EntityFrameworkCore;

namespace Gateway.Data;

/// <summary>Keeps PostgreSQL's identity sequences ahead of ids that were written explicitly.</summary>
internal static class IdentitySequences
{
    /// <summary>Tables whose <c>id</c> is an identity column.</summary>
    private static readonly string[] Tables =
    [
        "categories", "grids", "packages", "participants", "grid_packages", "features", "elements",
    ];

    /// <summary>
    /// Note: rows written with their v4 ids do not advance PostgreSQL's identity sequences, so the next
    /// generated id would collide; this moves each sequence past the highest id. SQLite needs nothing:
    /// its AUTOINCREMENT counter follows explicit ids by itself.
    /// </summary>
    public static async Task CatchUpAsync(CatalogueDbContext db, CancellationToken cancellationToken)
    {
        if (db.Provider != CatalogueProvider.Postgres)
        {
            return;
        }

        foreach (var table in Tables)
        {
            // The table names are constants of this class, never input.
#pragma warning disable EF1003
            await db.Database.ExecuteSqlRawAsync(
                $"SELECT setval(pg_get_serial_sequence('{table}', 'id'), COALESCE(MAX(id), 0) + 1, false) "
                + $"FROM {table}",
                cancellationToken);
#pragma warning restore EF1003
        }
    }
}
