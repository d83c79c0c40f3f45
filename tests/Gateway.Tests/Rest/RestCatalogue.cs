using Gateway.Data;

namespace Gateway.Tests.Rest;

/// <summary>Small catalogues written by the REST tests themselves.</summary>
internal static class RestCatalogue
{
    public static readonly DateTime Winter = new(2025, 1, 15, 17, 0, 0, DateTimeKind.Utc);

    /// <summary>Category 1 and packages 1..<paramref name="count"/> (titles <c>pkg-0001</c>, ...).</summary>
    public static async Task WritePackagesAsync(CatalogueDbContext db, int count)
    {
        db.Categories.Add(new Category { Id = 1, Title = "App", Slug = "apps", Created = Winter, Modified = Winter });
        for (var id = 1; id <= count; id++)
        {
            db.Packages.Add(new Package
            {
                Id = id,
                CategoryId = 1,
                Title = $"pkg-{id:D4}",
                Slug = $"pkg-{id:D4}",
                Created = Winter,
                Modified = Winter.AddMinutes(id),
            });
        }

        await db.SaveChangesAsync();
    }
}
