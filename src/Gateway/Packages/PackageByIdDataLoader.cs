using Gateway.Data;
using Gateway.DataLoading;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Packages;

/// <summary>Packages by database id, one statement per batch.</summary>
public sealed class PackageByIdDataLoader(IDbContextFactory<CatalogueDbContext> contexts)
    : EntityByKeyDataLoader<int, Package>(contexts, p => p.Id);
