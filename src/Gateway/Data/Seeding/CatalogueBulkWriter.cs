namespace Gateway.Data.Seeding;

/// <summary>
/// Inserts many new rows through EF Core in chunks: one <c>SaveChanges</c> per chunk, change detection
/// off, and the tracker cleared after each chunk so that memory stays flat.
/// </summary>
internal sealed class CatalogueBulkWriter
{
    /// <summary>Rows per <c>SaveChanges</c>; EF Core batches the statements of a chunk.</summary>
    public const int ChunkSize = 2000;

    private readonly CatalogueDbContext _db;

    public CatalogueBulkWriter(CatalogueDbContext db)
    {
        _db = db;
        _db.ChangeTracker.AutoDetectChangesEnabled = false;
    }

    public async Task InsertAsync<T>(IReadOnlyList<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        for (var start = 0; start < rows.Count; start += ChunkSize)
        {
            var end = Math.Min(start + ChunkSize, rows.Count);
            for (var i = start; i < end; i++)
            {
                _db.Set<T>().Add(rows[i]);
            }

            await _db.SaveChangesAsync(cancellationToken);
            _db.ChangeTracker.Clear();
        }
    }
}
