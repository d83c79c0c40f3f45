using System.Globalization;

namespace Gateway.Data.Seeding;

/// <summary>
/// django-multisite2 (v4 package 6045) as djangopackages.org answered for it; the demo catalogue
/// carries it unchanged so that clients can be checked against the real site's answer.
/// </summary>
internal static class MultisiteRecord
{
    public const int PackageId = 6045;
    public const int CategoryId = 1;
    public const int GridId = 243;
    public const string Slug = "django-multisite2";

    public static readonly string[] Participants =
    [
        "erikvw", "sfllaw", "mghughes", "rebkwok", "jordiecometrica", "plazix",
        "rory-geoghegan-ecometrica", "JordanReiter", "coddingtonbear", "vit-ivanov", "jedie",
        "eddiejessup", "avbasov", "brunoprograma", "chewthemonkey", "jbazik", "manos-korakakis",
        "pauricthelodger", "mihalikv",
    ];

    /// <summary>Weeks with commits (zero-based week, count); every other week is zero.</summary>
    private static readonly (int Week, int Count)[] CommitWeeks = [(21, 4), (38, 3)];

    public static Package Create()
    {
        var commits = new List<int>(new int[Package.WeeksOfCommits]);
        foreach (var (week, count) in CommitWeeks)
        {
            commits[week] = count;
        }

        return new Package
        {
            Id = PackageId,
            Title = "django-multisite2",
            Slug = Slug,
            CategoryId = CategoryId,
            RepoUrl = "https://github.com/erikvw/django-multisite2",
            RepoDescription = "Multisite in django — use one Django app to serve multiple domains",
            RepoWatchers = 1,
            RepoForks = 2,
            PypiUrl = "https://pypi.org/project/django-multisite2",
            PypiVersion = "2.1.0",
            DocumentationUrl = "http://github.com/erikvw/django-multisite2/blob/develop/README.rst",
            // The site reports these in America/New_York; the store keeps UTC.
            LastUpdated = Utc("2025-11-11T23:28:05-05:00"),
            LastFetched = Utc("2026-02-16T04:06:14.878135-05:00"),
            Created = Utc("2025-01-22T11:06:06.693138-05:00"),
            Modified = Utc("2026-01-28T16:27:09.064796-05:00"),
            CommitsOver52 = commits,
            CommitCount = commits.Sum(),
            PypiLicense = "BSD",
            PypiRequiresPython = ">=3.10",
            SupportsPython3 = true,
            PypiDownloads = 1843,
            Score = 1,
        };
    }

    private static DateTime Utc(string isoWithOffset) =>
        DateTimeOffset.Parse(isoWithOffset, CultureInfo.InvariantCulture, DateTimeStyles.None).UtcDateTime;
}
