using Microsoft.EntityFrameworkCore;

namespace Gateway.Data;

/// <summary>
/// The catalogue's model, shared by both stores. Each store has its own subclass
/// (<see cref="SqliteCatalogueDbContext"/>, <see cref="PostgresCatalogueDbContext"/>) so that each keeps
/// its own versioned migrations.
/// </summary>
public abstract class CatalogueDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<Category> Categories => Set<Category>();

    public DbSet<Package> Packages => Set<Package>();

    public DbSet<Grid> Grids => Set<Grid>();

    public DbSet<GridPackage> GridPackages => Set<GridPackage>();

    public DbSet<Feature> Features => Set<Feature>();

    public DbSet<Element> Elements => Set<Element>();

    public DbSet<Participant> Participants => Set<Participant>();

    public DbSet<PackageParticipant> PackageParticipants => Set<PackageParticipant>();

    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();

    /// <summary>Which store this context talks to.</summary>
    public abstract CatalogueProvider Provider { get; }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CatalogueDbContext).Assembly);
        Filtering.TextFolding.MapFunctions(modelBuilder, Provider);
    }
}
