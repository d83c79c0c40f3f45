using Gateway.Data;
using Gateway.DataLoading;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Packages;

/// <summary>Packages by slug, one statement per batch.</summary>
public sealed class PackageBySlugDataLoader(IDbContextFactory<CatalogueDbContext> contexts)
    : EntityByKeyDataLoader<string, Package>(contexts, p => p.Slug);
