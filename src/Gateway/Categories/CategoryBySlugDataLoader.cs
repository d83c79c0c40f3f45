using Gateway.Data;
using Gateway.DataLoading;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Categories;

/// <summary>Categories by slug, one statement per batch.</summary>
public sealed class CategoryBySlugDataLoader(IDbContextFactory<CatalogueDbContext> contexts)
    : EntityByKeyDataLoader<string, Category>(contexts, c => c.Slug);
