using System.Globalization;
using System.Text;

namespace Gateway.Data.Seeding;

/// <summary>
/// Builds the demo catalogue in memory: the shape and scale of djangopackages.org (about 5,400
/// packages with v4-like ids up to 6,520, 380 grids, 5 categories, over 10,000 participants), from a
/// fixed seed so that every run gives the same rows.
/// </summary>
internal sealed class DemoCatalogueBuilder
{
    public const int PackageCount = 5400;
    public const int HighestPackageId = 6520;
    public const int GridCount = 380;
    public const int HighestGridId = 400;

    private const ulong Seed = 0x6A7E_3A2D_0245_6045UL;
    private const long TicksPerMicrosecond = TimeSpan.TicksPerMillisecond / 1000;

    /// <summary>The site's first package and the moment the demo catalogue was "fetched".</summary>
    private static readonly DateTime Epoch = new(2010, 8, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime Now = new(2026, 2, 20, 0, 0, 0, DateTimeKind.Utc);

    private readonly DemoRandom _random = new(Seed);
    private readonly DemoCatalogueData _data = new();
    private readonly HashSet<string> _slugs = new(StringComparer.Ordinal);
    private readonly HashSet<string> _logins = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Participant> _participantsByLogin = new(StringComparer.Ordinal);
    private readonly List<string> _popularLogins = [];
    private long[] _popularWeights = [];

    public DemoCatalogueData Build()
    {
        AddCategories();
        AddGrids();
        ReserveMultisiteNames();
        AddPopularLogins();
        AddPackages();
        AddMemberships();
        AddFeaturesAndElements();
        return _data;
    }

    private void AddCategories()
    {
        var created = new DateTime(2010, 8, 14, 17, 2, 11, 415, 207, DateTimeKind.Utc);
        (string Title, string Plural, string Description, bool ShowPypi)[] rows =
        [
            ("App", "Apps", "Pieces you add to INSTALLED_APPS to give a project one feature.", true),
            ("Framework", "Frameworks", "Larger bodies of code that bundle many apps & modules into a base "
                + "to build on.", true),
            ("Project", "Projects", "Complete sites you can run as they are: blogs, shops, wikis, "
                + "intranets.", false),
            ("Other", "Other", "Helpers that are not installed as apps: tooling, settings, deployment "
                + "& scripts.", true),
            ("Theme", "Themes", "Templates, styles and admin skins that change how Django's pages look.", true),
        ];
        for (var i = 0; i < rows.Length; i++)
        {
            var (title, plural, description, showPypi) = rows[i];
            var stamp = created.AddDays(i * 41).AddTicks(_random.NextLong(86_400_000_000L) * TicksPerMicrosecond);
            _data.Categories.Add(new Category
            {
                Id = i + 1,
                Title = title,
                Slug = plural.ToLowerInvariant(),
                TitlePlural = plural,
                Description = description,
                ShowPypi = showPypi,
                Created = stamp,
                Modified = Between(stamp, Now.AddDays(-400)),
            });
        }
    }

    private void AddGrids()
    {
        var ids = PickIds(HighestGridId, GridCount, MultisiteRecord.GridId);
        var titles = new List<string>();
        foreach (var variant in DemoNames.GridVariants)
        {
            titles.AddRange(DemoNames.GridTopics.Select(t => t + variant));
        }

        _random.Shuffle(titles);
        var gridSlugs = new HashSet<string>(StringComparer.Ordinal) { "multi-site" };
        var next = 0;
        foreach (var id in ids)
        {
            string title;
            if (id == MultisiteRecord.GridId)
            {
                title = "Multi-Site";
            }
            else
            {
                do
                {
                    title = titles[next++];
                }
                while (!gridSlugs.Add(Slugify(title)));
            }

            var created = Spread(id, HighestGridId);
            _data.Grids.Add(new Grid
            {
                Id = id,
                Title = title,
                Slug = Slugify(title),
                Description = GridDescription(title),
                IsLocked = _random.Chance(5),
                Header = _random.Chance(8),
                Created = created,
                Modified = Between(created, Now),
            });
        }
    }

    private string GridDescription(string title) => _random.Next(6) switch
    {
        0 => "",
        1 => $"Packages for {title.ToLowerInvariant()} & related tasks.",
        2 => $"Compare apps that handle {title.ToLowerInvariant()} in Django projects.",
        3 => $"<p>{title}: which package fits? Don't forget to check the licence.</p>",
        _ => $"Tools that help with {title.ToLowerInvariant()}.",
    };

    private void ReserveMultisiteNames()
    {
        _slugs.Add(MultisiteRecord.Slug);
        foreach (var login in MultisiteRecord.Participants)
        {
            _logins.Add(login);
        }
    }

    /// <summary>
    /// The logins that take part in many packages, with weights falling as 1/(rank + 5): the top few
    /// end up in hundreds of packages, the tail in a handful.
    /// </summary>
    private void AddPopularLogins()
    {
        const int popular = 1800;
        _popularWeights = new long[popular];
        long total = 0;
        for (var rank = 0; rank < popular; rank++)
        {
            _popularLogins.Add(NewLogin());
            total += 10_000_000 / (rank + 6);
            _popularWeights[rank] = total;
        }
    }

    private void AddPackages()
    {
        var ids = PickIds(HighestPackageId, PackageCount, MultisiteRecord.PackageId);
        foreach (var id in ids)
        {
            var package = id == MultisiteRecord.PackageId ? MultisiteRecord.Create() : NewPackage(id);
            _data.Packages.Add(package);
            IReadOnlyList<string> logins = id == MultisiteRecord.PackageId
                ? MultisiteRecord.Participants
                : PickParticipants(package);
            AddParticipants(package, logins);
        }

        AddDeprecations();
    }

    private Package NewPackage(int id)
    {
        var slug = NewSlug();
        var created = Spread(id, HighestPackageId);
        var fetched = _random.Chance(3) ? (DateTime?)null : Now.AddTicks(-Micros(30L * 86_400_000_000L));
        var updated = fetched is null || _random.Chance(4)
            ? (DateTime?)null
            : WholeSeconds(Between(created.AddDays(-700), fetched.Value));
        var commits = Commits(updated);
        var onPypi = !_random.Chance(15);
        var watchers = Skewed(40_000);
        return new Package
        {
            Id = id,
            Slug = slug,
            Title = PackageTitle(slug),
            CategoryId = PickCategory(),
            RepoUrl = _random.Chance(2) ? "" : RepoUrl(slug),
            RepoDescription = RepoDescription(slug),
            RepoWatchers = watchers,
            RepoForks = watchers / (2 + _random.Next(12)),
            PypiUrl = onPypi ? $"https://pypi.org/project/{slug}" : "",
            PypiVersion = onPypi && !_random.Chance(5) ? PypiVersion() : null,
            DocumentationUrl = DocumentationUrl(slug),
            LastUpdated = updated,
            LastFetched = fetched,
            CommitsOver52 = commits,
            CommitCount = commits.Sum(),
            PypiDownloads = onPypi ? Skewed(2_000_000) : 0,
            PypiLicense = onPypi && !_random.Chance(10) ? _random.Pick(DemoNames.Licenses) : null,
            PypiRequiresPython = onPypi && _random.Chance(70) ? $">=3.{_random.Next(6, 13)}" : null,
            SupportsPython3 = _random.Next(10) switch { 0 or 1 => null, 2 => false, _ => true },
            Score = watchers,
            Created = created,
            Modified = Between(created, Now),
        };
    }

    private string NewSlug()
    {
        for (var attempt = 0; ; attempt++)
        {
            var topic = _random.Pick(DemoNames.Topics);
            var slug = _random.Next(100) switch
            {
                < 38 => $"django-{topic}",
                < 55 => $"django-{topic}-{_random.Pick(DemoNames.Suffixes)}",
                < 64 => $"{topic}-django",
                < 76 => $"drf-{topic}",
                < 80 => $"djangorestframework-{topic}",
                < 88 => $"wagtail-{topic}",
                < 92 => $"dj-{topic}",
                _ => $"django-{topic}-{_random.Pick(DemoNames.Topics)}",
            };
            if (attempt > 20)
            {
                slug += "-" + (attempt - 19).ToString(CultureInfo.InvariantCulture);
            }

            if (_slugs.Add(slug))
            {
                return slug;
            }
        }
    }

    private string PackageTitle(string slug)
    {
        var roll = _random.Next(100);
        if (roll < 3)
        {
            return _random.Pick(DemoNames.UnicodeTitles);
        }

        if (roll < 25)
        {
            var words = slug.Split('-').Select(w => w == "drf" ? "DRF" : char.ToUpperInvariant(w[0]) + w[1..]);
            return string.Join(' ', words);
        }

        return slug;
    }

    private int PickCategory() => _random.Next(100) switch
    {
        < 78 => 1,
        < 83 => 2,
        < 92 => 3,
        < 98 => 4,
        _ => 5,
    };

    private string RepoUrl(string slug)
    {
        var owner = _random.Chance(30) ? _random.Pick(DemoNames.Organisations) : _random.Pick(_popularLogins);
        return _random.Next(100) switch
        {
            < 88 => $"https://github.com/{owner}/{slug}",
            < 96 => $"https://gitlab.com/{owner}/{slug}",
            _ => $"https://bitbucket.org/{owner}/{slug}",
        };
    }

    private string RepoDescription(string slug)
    {
        var roll = _random.Next(100);
        var topic = slug.Split('-', 2)[^1].Replace('-', ' ');
        return roll switch
        {
            < 4 => "",
            < 9 => _random.Pick(DemoNames.OddDescriptions),
            < 50 => $"{_random.Pick(DemoNames.Adjectives)} {_random.Pick(DemoNames.Things)} for {topic} in Django",
            < 75 => $"A reusable Django app for {topic}.",
            _ => $"{_random.Pick(DemoNames.Adjectives)} {topic} support for Django's {_random.Pick(DemoNames.Things)}s",
        };
    }

    private string PypiVersion()
    {
        var version = string.Create(CultureInfo.InvariantCulture,
            $"{_random.Next(0, 6)}.{_random.Next(0, 20)}.{_random.Next(0, 12)}");
        return _random.Next(20) switch
        {
            0 => version + "a1",
            1 => version + "rc1",
            2 => version + ".post1",
            _ => version,
        };
    }

    private string? DocumentationUrl(string slug) => _random.Next(100) switch
    {
        < 30 => null,
        < 34 => "",
        < 70 => $"https://{slug}.readthedocs.io/en/latest/",
        < 85 => $"https://{slug}.readthedocs.io/",
        _ => $"https://github.com/{_random.Pick(DemoNames.Organisations)}/{slug}/blob/main/README.md",
    };

    private List<int> Commits(DateTime? lastCommit)
    {
        var commits = new List<int>(new int[Package.WeeksOfCommits]);
        if (lastCommit is null || lastCommit < Now.AddDays(-364))
        {
            return commits;
        }

        var busy = _random.Next(2, 60);
        for (var week = 0; week < commits.Count; week++)
        {
            if (_random.Next(100) < busy)
            {
                commits[week] = 1 + Skewed(40);
            }
        }

        return commits;
    }

    private void AddDeprecations()
    {
        foreach (var package in _data.Packages.Where(p => p.Id != MultisiteRecord.PackageId))
        {
            if (!_random.ChancePerMille(12))
            {
                continue;
            }

            package.DateDeprecated = Between(package.Created, Now);
            var successor = _random.Pick(_data.Packages);
            if (successor.Id != package.Id && successor.Id != MultisiteRecord.PackageId && _random.Chance(70))
            {
                package.DeprecatedById = successor.Id;
            }
        }
    }

    /// <summary>How many take part (most packages have one or two) and who: half newcomers, half regulars.</summary>
    private List<string> PickParticipants(Package package)
    {
        var count = _random.Next(100) switch
        {
            < 4 => 0,
            < 46 => 1,
            < 61 => 2,
            < 80 => _random.Next(3, 6),
            < 95 => _random.Next(6, 16),
            _ => _random.Next(16, 61),
        };
        var chosen = new List<string>(count);
        var owner = package.RepoUrl.Split('/') is { Length: 5 } parts ? parts[3] : null;
        if (count > 0 && owner is not null && _logins.Contains(owner))
        {
            chosen.Add(owner);
        }

        while (chosen.Count < count)
        {
            var login = _random.Chance(45) ? NewLogin() : PopularLogin();
            if (!chosen.Contains(login))
            {
                chosen.Add(login);
            }
        }

        return chosen;
    }

    private string PopularLogin()
    {
        var target = _random.NextLong(_popularWeights[^1]);
        var index = Array.BinarySearch(_popularWeights, target + 1);
        return _popularLogins[index >= 0 ? index : ~index];
    }

    private string NewLogin()
    {
        for (var attempt = 0; ; attempt++)
        {
            var first = _random.Pick(DemoNames.FirstNames);
            var last = _random.Pick(DemoNames.LastNames);
            var number = _random.Next(1, 100).ToString(CultureInfo.InvariantCulture);
            var login = _random.Next(8) switch
            {
                0 => first + last,
                1 => first[0] + last,
                2 => $"{first}-{last}",
                3 => $"{first}_{last}{number}",
                4 => Capitalise(first) + Capitalise(last),
                5 => first + number,
                6 => $"{last}{first[0]}",
                _ => $"{first}{last[0]}-dev",
            };
            if (attempt > 10)
            {
                login += attempt.ToString(CultureInfo.InvariantCulture);
            }

            if (_logins.Add(login))
            {
                return login;
            }
        }
    }

    private void AddParticipants(Package package, IReadOnlyList<string> logins)
    {
        for (var position = 0; position < logins.Count; position++)
        {
            if (!_participantsByLogin.TryGetValue(logins[position], out var participant))
            {
                participant = new Participant { Id = _data.Participants.Count + 1, Login = logins[position] };
                _participantsByLogin.Add(participant.Login, participant);
                _data.Participants.Add(participant);
            }

            _data.PackageParticipants.Add(new PackageParticipant
            {
                PackageId = package.Id,
                ParticipantId = participant.Id,
                Position = position,
            });
        }
    }

    /// <summary>
    /// Puts packages into grids (most in none or one, a few in several; popular grids draw more) and
    /// numbers the memberships in the order they were made, which is the order grids list them in.
    /// </summary>
    private void AddMemberships()
    {
        var grids = _data.Grids.Where(g => g.Id != MultisiteRecord.GridId).ToList();
        _random.Shuffle(grids);
        var weights = new long[grids.Count];
        long total = 0;
        for (var rank = 0; rank < grids.Count; rank++)
        {
            total += 100_000 / (rank + 4);
            weights[rank] = total;
        }

        var multisite = _data.Grids.Single(g => g.Id == MultisiteRecord.GridId);
        var memberships = new List<GridPackage>();
        foreach (var package in _data.Packages)
        {
            var wanted = new HashSet<Grid>();
            if (package.Id == MultisiteRecord.PackageId)
            {
                wanted.Add(multisite);
            }
            else
            {
                var count = _random.Next(100) switch
                {
                    < 45 => 0,
                    < 83 => 1,
                    < 95 => 2,
                    < 98 => 3,
                    _ => _random.Next(4, 7),
                };
                if (package.Slug.Contains("site", StringComparison.Ordinal)
                    || package.Slug.Contains("tenant", StringComparison.Ordinal))
                {
                    wanted.Add(multisite);
                }

                while (wanted.Count < count)
                {
                    var index = Array.BinarySearch(weights, _random.NextLong(total) + 1);
                    wanted.Add(grids[index >= 0 ? index : ~index]);
                }
            }

            foreach (var grid in wanted.OrderBy(g => g.Id))
            {
                var joined = Between(Later(grid.Created, package.Created), Now.AddDays(-1));
                memberships.Add(new GridPackage
                {
                    GridId = grid.Id,
                    PackageId = package.Id,
                    Created = joined,
                    Modified = joined,
                });
            }
        }

        var id = 0;
        foreach (var membership in memberships.OrderBy(m => m.Created).ThenBy(m => m.GridId).ThenBy(m => m.PackageId))
        {
            membership.Id = ++id;
            _data.GridPackages.Add(membership);
        }
    }

    private void AddFeaturesAndElements()
    {
        var membersByGrid = _data.GridPackages.ToLookup(m => m.GridId);
        foreach (var grid in _data.Grids)
        {
            var titles = DemoNames.FeatureTitles.ToList();
            _random.Shuffle(titles);
            var count = _random.Next(2, 16);
            for (var i = 0; i < count; i++)
            {
                var created = Between(grid.Created, Now.AddDays(-2));
                var feature = new Feature
                {
                    Id = _data.Features.Count + 1,
                    GridId = grid.Id,
                    Title = titles[i],
                    Description = _random.Chance(40) ? "" : $"Does the package offer: {titles[i].ToLowerInvariant()}?",
                    Created = created,
                    Modified = Between(created, Now),
                };
                _data.Features.Add(feature);
                AddElements(feature, membersByGrid[grid.Id]);
            }
        }
    }

    private void AddElements(Feature feature, IEnumerable<GridPackage> members)
    {
        foreach (var member in members)
        {
            if (_random.Chance(15))
            {
                continue;
            }

            var created = Between(Later(feature.Created, member.Created), Now);
            _data.Elements.Add(new Element
            {
                Id = _data.Elements.Count + 1,
                FeatureId = feature.Id,
                PackageId = member.PackageId,
                Text = _random.Pick(DemoNames.CellTexts),
                Created = created,
                Modified = Between(created, Now),
            });
        }
    }

    /// <summary>Picks <paramref name="count"/> ids in <c>1..highest</c>, <paramref name="kept"/> always.</summary>
    private List<int> PickIds(int highest, int count, int kept)
    {
        var candidates = Enumerable.Range(1, highest).Where(id => id != kept).ToList();
        _random.Shuffle(candidates);
        var ids = candidates.Take(count - 1).Append(kept).ToList();
        ids.Sort();
        return ids;
    }

    /// <summary>A creation time that grows with the id, as the site's do, with up to a day of jitter.</summary>
    private DateTime Spread(int id, int highest)
    {
        var seconds = (long)(Now - Epoch).TotalSeconds - (90L * 86_400);
        return Epoch.AddTicks((seconds * id / highest * TimeSpan.TicksPerSecond) + Micros(86_400_000_000L));
    }

    /// <summary>A time between two others, to the microsecond.</summary>
    private DateTime Between(DateTime from, DateTime to)
    {
        var span = (to.Ticks - from.Ticks) / TicksPerMicrosecond;
        return span <= 0 ? from : from.AddTicks(Micros(span));
    }

    private long Micros(long maxExclusive) => _random.NextLong(maxExclusive) * TicksPerMicrosecond;

    /// <summary>
    /// A count with a long tail, as stars and downloads have: a power of two up to about
    /// <paramref name="max"/> is picked as the lower of two uniform draws, then a number below it.
    /// </summary>
    private int Skewed(int max)
    {
        var bits = System.Numerics.BitOperations.Log2((uint)max) + 1;
        var exponent = Math.Min(_random.Next(bits + 1), _random.Next(bits + 1));
        return Math.Min(max, _random.Next(1 << exponent));
    }

    private static DateTime Later(DateTime a, DateTime b) => a > b ? a : b;

    private static DateTime WholeSeconds(DateTime value) =>
        new(value.Ticks - (value.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc);

    private static string Capitalise(string word) => char.ToUpperInvariant(word[0]) + word[1..];

    private static string Slugify(string title)
    {
        var slug = new StringBuilder(title.Length);
        foreach (var c in title.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        return slug.ToString().TrimEnd('-');
    }
}
