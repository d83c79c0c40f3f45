using Microsoft.EntityFrameworkCore;

namespace Gateway.Data.Seeding;

/// <summary>The deterministic demo catalogue: built in memory from a fixed seed, then written in bulk.</summary>
public static class DemoCatalogue
{
    /// <summary>How many rows a seed wrote.</summary>
    public readonly record struct Counts(int Categories, int Packages, int Grids, int Participants);

    /// <summary>Builds the demo catalogue's rows; every call gives the same rows.</summary>
    public static DemoCatalogueData Build() => new DemoCatalogueBuilder().Build();

    /// <summary>Writes the demo catalogue into an empty store, in one transaction.</summary>
    public static async Task<Counts> WriteAsync(CatalogueDbContext db, CancellationToken cancellationToken)
    {
        var data = Build();
        var writer = new CatalogueBulkWriter(db);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        await writer.InsertAsync(data.Categories, cancellationToken);
        await writer.InsertAsync(data.Grids, cancellationToken);
        await InsertPackagesAsync(db, writer, data.Packages, cancellationToken);
        await writer.InsertAsync(data.Participants, cancellationToken);
        await writer.InsertAsync(data.PackageParticipants, cancellationToken);
        await writer.InsertAsync(data.GridPackages, cancellationToken);
        await writer.InsertAsync(data.Features, cancellationToken);
        await writer.InsertAsync(data.Elements, cancellationToken);
        await IdentitySequences.CatchUpAsync(db, cancellationToken);

        await transaction.CommitAsync(cancellationToken);
        return new Counts(data.Categories.Count, data.Packages.Count, data.Grids.Count, data.Participants.Count);
    }

    /// <summary>
    /// Inserts packages without their successor links first, then sets the links: a successor may have a
    /// higher id and so land in a later chunk.
    /// </summary>
    private static async Task InsertPackagesAsync(
        CatalogueDbContext db, CatalogueBulkWriter writer, List<Package> packages, CancellationToken cancellationToken)
    {
        var deprecated = packages.Where(p => p.DeprecatedById is not null)
            .Select(p => (Package: p, Successor: p.DeprecatedById!.Value))
            .ToList();
        deprecated.ForEach(d => d.Package.DeprecatedById = null);
        await writer.InsertAsync(packages, cancellationToken);
        deprecated.ForEach(d => d.Package.DeprecatedById = d.Successor);

        foreach (var (package, successor) in deprecated)
        {
            await db.Packages
                .Where(p => p.Id == package.Id)
                .ExecuteUpdateAsync(set => set.SetProperty(p => p.DeprecatedById, successor), cancellationToken);
        }
    }
}
