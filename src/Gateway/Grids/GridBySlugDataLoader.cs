using Gateway.Data;
using Gateway.DataLoading;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Grids;

/// <summary>Grids by slug, one statement per batch.</summary>
public sealed class GridBySlugDataLoader(IDbContextFactory<CatalogueDbContext> contexts)
    : EntityByKeyDataLoader<string, Grid>(contexts, g => g.Slug);
