using Gateway.Data;

namespace Gateway.Tests.Filtering;

/// <summary>
/// A small catalogue with the awkward values filters must get right: mixed case, non-ASCII letters,
/// LIKE wildcards (<c>%</c>, <c>_</c>), backslashes, nulls, empty strings, packages without grids and a
/// grid without features.
/// </summary>
internal static class FilterTestCatalogue
{
    public static readonly string[] Titles =
    [
        "Django", "django", "DJANGO REST", "django-rest-framework", "Café Society", "CAFÉ society",
        "Ünïcode Ärger", "ünïcode ärger", "ΣΊΣΥΦΟΣ", "σίσυφος", "Straße", "100% pure", "100 pure",
        "snake_case", "snakeXcase", "back\\slash", "a%b_c", "Émile", "émile", "ÉMILE", "Zebra", "zeta",
        "naïve", "NAÏVE", "[brackets]", "*star*", "quote's \"double\"", "tab\tstop", "İstanbul", "ışık",
    ];

    public static readonly string[] Logins = ["erikvw", "ErikVW", "ana", "Zoë", "_under", "per%cent"];

    /// <summary>Writes the catalogue; returns the package ids.</summary>
    public static async Task<List<int>> WriteAsync(CatalogueDbContext db)
    {
        var random = new Random(4);
        var baseTime = new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var categories = new[] { "Apps", "Frameworks", "Другое" }
            .Select((title, i) => new Category
            {
                Id = i + 1,
                Title = title,
                Slug = "cat-" + (i + 1),
                Description = title + " description",
                TitlePlural = title + "s",
                ShowPypi = i % 2 == 0,
                Created = baseTime.AddDays(i),
                Modified = baseTime.AddDays(i * 2),
            })
            .ToList();
        db.Categories.AddRange(categories);
        var participants = Logins.Select((login, i) => new Participant { Id = i + 1, Login = login }).ToList();
        db.Participants.AddRange(participants);
        var grids = Enumerable.Range(1, 5)
            .Select(i => new Grid
            {
                Id = i,
                Title = Titles[(i * 7) % Titles.Length],
                Slug = "grid-" + i,
                Description = i % 2 == 0 ? "" : "Grid ünïcode " + i,
                IsLocked = i % 3 == 0,
                Header = i % 2 == 1,
                Created = baseTime.AddHours(i * 5),
                Modified = baseTime.AddHours(i * 7),
            })
            .ToList();
        db.Grids.AddRange(grids);
        var featureId = 0;
        var featureRandom = new Random(11);
        foreach (var grid in grids)
        {
            // Note: grid 5 has no features, so the list operators and the nested aggregates meet an empty list.
            for (var n = 0; n < (grid.Id == 5 ? 0 : 3 + grid.Id * 2); n++)
            {
                featureId++;
                db.Features.Add(new Feature
                {
                    Id = featureId,
                    GridId = grid.Id,
                    Title = Titles[(featureId * 11) % Titles.Length],
                    Description = n % 3 == 0 ? "" : Titles[(featureId * 5) % Titles.Length] + " feature " + n,
                    Created = baseTime.AddMinutes(featureRandom.Next(0, 200_000)),
                    Modified = baseTime.AddMinutes(200_000 + featureRandom.Next(0, 200_000)),
                });
            }
        }


        var ids = new List<int>();
        for (var i = 0; i < Titles.Length * 2; i++)
        {
            var id = i + 1;
            var title = Titles[i % Titles.Length] + (i >= Titles.Length ? " 2" : "");
            var created = baseTime.AddMinutes(random.Next(0, 500_000));
            var package = new Package
            {
                Id = id,
                Title = title,
                Slug = "pkg-" + id,
                CategoryId = categories[random.Next(categories.Count)].Id,
                RepoUrl = i % 5 == 0 ? "" : $"https://github.com/x/p{id}",
                RepoDescription = i % 4 == 0 ? Titles[(i + 3) % Titles.Length] : "plain description " + id,
                RepoWatchers = random.Next(0, 4) == 0 ? 0 : random.Next(0, 5000),
                RepoForks = random.Next(-1, 300),
                PypiVersion = i % 3 == 0 ? null : (i % 3 == 1 ? "1.0" : "2.%_" + (i % 7)),
                DocumentationUrl = i % 4 == 1 ? null : (i % 4 == 2 ? "" : "https://docs/" + Titles[i % Titles.Length]),
                LastUpdated = i % 6 == 0 ? null : baseTime.AddSeconds(random.Next(0, 30_000_000)),
                LastFetched = i % 7 == 0 ? null : baseTime.AddDays(random.Next(0, 300)),
                PypiDownloads = random.Next(0, 100_000),
                SupportsPython3 = (i % 3) switch { 0 => null, 1 => true, _ => false },
                CommitCount = random.Next(0, 60),
                Score = random.Next(-100, 1000),
                Created = created,
                Modified = created.AddDays(random.Next(0, 40)),
            };
            db.Packages.Add(package);
            ids.Add(id);
            foreach (var grid in grids.Where(g => (id + g.Id) % (g.Id + 1) == 0))
            {
                db.GridPackages.Add(new GridPackage
                {
                    GridId = grid.Id,
                    PackageId = id,
                    Created = created,
                    Modified = created,
                });
            }

            var position = 0;
            foreach (var participant in participants.Where(p => (id + p.Id) % 3 == 0))
            {
                db.PackageParticipants.Add(new PackageParticipant
                {
                    PackageId = id,
                    ParticipantId = participant.Id,
                    Position = position++,
                });
            }
        }

        await db.SaveChangesAsync();
        return ids;
    }
}
