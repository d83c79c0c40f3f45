using Gateway.Data;

namespace Gateway.Tests.Graph;

/// <summary>Small, explicit catalogues that a test writes into its own store.</summary>
public static class TestCatalogue
{
    public static readonly DateTime Created = new(2021, 3, 4, 5, 6, 7, DateTimeKind.Utc);

    /// <summary>
    /// <paramref name="packages"/> packages in two categories; every package is in grid 1, even packages in
    /// grid 2; each package has (id % 4) participants out of 5. Grid 1 has two features with cells.
    /// </summary>
    public static async Task WriteAsync(CatalogueDbContext db, int packages)
    {
        db.Categories.Add(Category(1, "apps", "App"));
        db.Categories.Add(Category(2, "frameworks", "Framework"));
        db.Grids.Add(Grid(1, "auth"));
        db.Grids.Add(Grid(2, "rest"));
        for (var p = 1; p <= 5; p++)
        {
            db.Participants.Add(new Participant { Id = p, Login = $"person{p}" });
        }

        for (var i = 1; i <= packages; i++)
        {
            db.Packages.Add(Package(i, categoryId: i % 3 == 0 ? 2 : 1));
        }

        await db.SaveChangesAsync();
        var join = 1;
        for (var i = packages; i >= 1; i--)
        {
            db.GridPackages.Add(Member(join++, 1, i));
            if (i % 2 == 0)
            {
                db.GridPackages.Add(Member(join++, 2, i));
            }

            for (var k = 0; k < i % 4; k++)
            {
                db.PackageParticipants.Add(new PackageParticipant
                {
                    PackageId = i,
                    ParticipantId = 5 - k,
                    Position = k,
                });
            }
        }

        db.Features.Add(new Feature { Id = 1, GridId = 1, Title = "Python 3", Created = Created, Modified = Created });
        db.Features.Add(new Feature { Id = 2, GridId = 1, Title = "Tests", Created = Created, Modified = Created });
        await db.SaveChangesAsync();
        for (var i = 1; i <= Math.Min(packages, 3); i++)
        {
            db.Elements.Add(new Element
            {
                Id = i,
                FeatureId = 1,
                PackageId = i,
                Text = $"yes {i}",
                Created = Created,
                Modified = Created,
            });
        }

        await db.SaveChangesAsync();
    }

    public static Package Package(int id, int categoryId) => new()
    {
        Id = id,
        Title = $"Package {id:D3}",
        Slug = $"package-{id}",
        CategoryId = categoryId,
        RepoUrl = $"https://example.org/p{id}",
        RepoDescription = $"Description — {id}",
        RepoWatchers = id * 10,
        RepoForks = id,
        PypiUrl = $"https://pypi.example/p{id}",
        PypiVersion = id % 2 == 0 ? null : $"{id}.0",
        DocumentationUrl = id % 2 == 0 ? null : $"https://docs.example/p{id}",
        LastUpdated = id % 5 == 0 ? null : Created.AddDays(id).AddTicks(1230),
        LastFetched = Created.AddDays(2 * id),
        CommitsOver52 = [.. Enumerable.Range(0, 52).Select(w => (w + id) % 3)],
        PypiDownloads = id * 100,
        PypiLicense = id % 2 == 0 ? null : "MIT",
        PypiRequiresPython = ">=3.10",
        SupportsPython3 = id % 3 == 0 ? null : id % 3 == 1,
        CommitCount = id * 7,
        Score = 1000 - id,
        DateDeprecated = id == 2 ? Created.AddYears(1) : null,
        DeprecatedById = id == 2 ? 1 : null,
        Created = Created.AddHours(id),
        Modified = Created.AddHours(2 * id),
        Version = id,
    };

    private static Category Category(int id, string slug, string title) => new()
    {
        Id = id,
        Slug = slug,
        Title = title,
        TitlePlural = title + "s",
        Description = $"All {slug}",
        ShowPypi = id == 1,
        Created = Created,
        Modified = Created.AddDays(1),
    };

    private static Grid Grid(int id, string slug) => new()
    {
        Id = id,
        Slug = slug,
        Title = slug.ToUpperInvariant(),
        Description = $"Compare {slug}",
        IsLocked = id == 2,
        Header = id == 1,
        Created = Created,
        Modified = Created.AddDays(id),
    };

    private static GridPackage Member(int id, int grid, int package) => new()
    {
        Id = id,
        GridId = grid,
        PackageId = package,
        Created = Created,
        Modified = Created,
    };
}
