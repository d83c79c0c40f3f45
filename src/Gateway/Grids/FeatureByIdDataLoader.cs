using Gateway.Data;
using Gateway.DataLoading;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Grids;

/// <summary>Features (rows of a grid) by database id, one statement per batch.</summary>
public sealed class FeatureByIdDataLoader(IDbContextFactory<CatalogueDbContext> contexts)
    : EntityByKeyDataLoader<int, Feature>(contexts, f => f.Id);
