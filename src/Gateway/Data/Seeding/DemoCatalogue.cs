namespace Gateway.Data.Seeding;

/// <summary>The deterministic demo catalogue.</summary>
public static class DemoCatalogue
{
    /// <summary>How many rows a seed wrote.</summary>
    public readonly record struct Counts(int Categories, int Packages, int Grids, int Participants);

    /// <summary>Writes the demo catalogue into an empty store.</summary>
    public static Task<Counts> WriteAsync(CatalogueDbContext db, CancellationToken cancellationToken)
    {
        // Placeholder until the generator lands: the catalogue stays empty.
        _ = db;
        _ = cancellationToken;
        return Task.FromResult(new Counts(0, 0, 0, 0));
    }
}
