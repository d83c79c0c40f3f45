using Gateway.Data;
using Gateway.DataLoading;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Categories;

/// <summary>Categories by database id, one statement per batch.</summary>
public sealed class CategoryByIdDataLoader(IDbContextFactory<CatalogueDbContext> contexts)
    : EntityByKeyDataLoader<int, Category>(contexts, c => c.Id);
