using Gateway.Data;
using Gateway.DataLoading;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Grids;

/// <summary>Elements (cells of a grid) by database id, one statement per batch.</summary>
public sealed class ElementByIdDataLoader(IDbContextFactory<CatalogueDbContext> contexts)
    : EntityByKeyDataLoader<int, Element>(contexts, e => e.Id);
