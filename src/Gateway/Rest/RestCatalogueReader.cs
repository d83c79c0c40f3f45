using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Gateway.Data;
using Gateway.Observability;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Rest;

/// <summary>
/// Reads for the v4 shim as fixed SQL on one pooled connection per request: a list page is its count, its
/// rows ordered by descending id (<c>LIMIT</c>/<c>OFFSET</c>), then each relation of the whole page as one
/// statement that selects the page's ids again in SQL; an object by id or slug is its row, then each
/// relation by the row's id. Only the columns the v4 serializers write are read.
/// </summary>
/// <remarks>
/// Note: hand-written SQL rather than LINQ, on purpose. The shim's requests are a few fixed shapes, and
/// issue 9's budget asks them to run at 70% of the throughput of the same SQL sent by hand. Through EF Core,
/// even as compiled queries on one connection, each statement paid its query pipeline (executor delegates
/// made per call, the data reader wrapper, diagnostics): a package by id ran at 0.55 of the floor. The SQL
/// text is the same on both stores (parameters as <c>@name</c>, <c>LIMIT</c>/<c>OFFSET</c>, joins only);
/// what differs is read by <see cref="Row"/>: SQLite keeps timestamps as text without a zone and the
/// weekly commits as JSON text, PostgreSQL as <c>timestamptz</c> and <c>integer[]</c>. The statements run
/// in a <see cref="SqlSession"/>, as the graph's hand-written reads do: prepared once per connection on
/// SQLite, counted in the request's <see cref="RequestTelemetry"/> and traced.
/// </remarks>
internal sealed class RestCatalogueReader(IDbContextFactory<CatalogueDbContext> contexts) : IRestCatalogueReader
{
    private const string PackageColumns = """
        SELECT id, category_id, title, slug, last_updated, last_fetched, repo_url, pypi_version, created,
               modified, repo_forks, repo_description, pypi_url, documentation_url, repo_watchers, commits_over_52
        FROM packages
        """;

    private const string GridColumns =
        "SELECT id, title, slug, description, is_locked, header, created, modified FROM grids";

    private const string CategoryColumns =
        "SELECT id, title, slug, description, title_plural, show_pypi, created, modified FROM categories";

    /// <summary>The site's list order and DRF's limit/offset page.</summary>
    private const string Page = " ORDER BY id DESC LIMIT @limit OFFSET @offset";

    private const string ById = " WHERE id = @id";

    private const string BySlug = " WHERE slug = @slug";

    private const string PackagePageIds = "SELECT id FROM packages" + Page;

    private const string GridPageIds = "SELECT id FROM grids" + Page;

    private const string GridIdsOfPackagesIn = "SELECT package_id, grid_id FROM grid_packages WHERE package_id IN ";

    private const string GridIdsOrder = " ORDER BY id";

    private const string LoginsOfPackagesIn = """
        SELECT pp.package_id, pt.login
        FROM package_participants pp JOIN participants pt ON pt.id = pp.participant_id
        WHERE pp.package_id IN
        """;

    private const string LoginsOrder = " ORDER BY pp.package_id, pp.position";

    private const string PackagesOfGridsIn = """
        SELECT gp.grid_id, gp.package_id, p.title
        FROM grid_packages gp JOIN packages p ON p.id = gp.package_id
        WHERE gp.grid_id IN
        """;

    private const string PackagesPage = PackageColumns + Page;
    private const string PackageById = PackageColumns + ById;
    private const string PackageBySlug = PackageColumns + BySlug;
    private const string GridIdsOfPackagePage = GridIdsOfPackagesIn + "(" + PackagePageIds + ")" + GridIdsOrder;
    private const string GridIdsOfPackage = GridIdsOfPackagesIn + "(@id)" + GridIdsOrder;
    private const string LoginsOfPackagePage = LoginsOfPackagesIn + " (" + PackagePageIds + ")" + LoginsOrder;
    private const string LoginsOfPackage = LoginsOfPackagesIn + " (@id)" + LoginsOrder;
    private const string GridsPage = GridColumns + Page;
    private const string GridById = GridColumns + ById;
    private const string GridBySlug = GridColumns + BySlug;
    private const string PackagesOfGridPage = PackagesOfGridsIn + " (" + GridPageIds + ")";
    private const string PackagesOfGrid = PackagesOfGridsIn + " (@id)";
    private const string CategoriesPage = CategoryColumns + Page;
    private const string CategoryById = CategoryColumns + ById;

    public Task<RestPage<RestPackage>> ReadPackagesAsync(int offset, int limit, CancellationToken cancellationToken) =>
        WithSessionAsync(async session =>
        {
            var count = await session.CountAsync("SELECT count(*) FROM packages");
            if (offset >= count)
            {
                return new RestPage<RestPackage>(count, []);
            }

            var page = Paging(offset, limit);
            var rows = await session.ListAsync(PackagesPage, page, Row.Package);
            var grids = (await session.ListAsync(GridIdsOfPackagePage, page, Row.IdPair))
                .ToLookup(p => p.Key, p => p.Value);
            var logins = (await session.ListAsync(LoginsOfPackagePage, page, Row.Login))
                .ToLookup(p => p.Key, p => p.Value);
            return new RestPage<RestPackage>(count,
                [.. rows.Select(row => new RestPackage(row, [.. grids[row.Id]], [.. logins[row.Id]]))]);
        }, cancellationToken);

    public Task<RestPackage?> FindPackageAsync(RestLookup lookup, CancellationToken cancellationToken) =>
        WithSessionAsync(async session =>
        {
            var row = (await session.ListAsync(
                lookup.Id is null ? PackageBySlug : PackageById, Lookup(lookup), Row.Package)).FirstOrDefault();
            if (row is null)
            {
                return null;
            }

            var id = IdParameter(row.Id);
            var grids = await session.ListAsync(GridIdsOfPackage, id, Row.IdPair);
            var logins = await session.ListAsync(LoginsOfPackage, id, Row.Login);
            return new RestPackage(row, [.. grids.Select(p => p.Value)], [.. logins.Select(p => p.Value)]);
        }, cancellationToken);

    public Task<RestPage<RestGrid>> ReadGridsAsync(int offset, int limit, CancellationToken cancellationToken) =>
        WithSessionAsync(async session =>
        {
            var count = await session.CountAsync("SELECT count(*) FROM grids");
            if (offset >= count)
            {
                return new RestPage<RestGrid>(count, []);
            }

            var page = Paging(offset, limit);
            var rows = await session.ListAsync(GridsPage, page, Row.Grid);
            var members = InSiteOrder(await session.ListAsync(PackagesOfGridPage, page, Row.Member));
            return new RestPage<RestGrid>(count, [.. rows.Select(row => new RestGrid(row, [.. members[row.Id]]))]);
        }, cancellationToken);

    public Task<RestGrid?> FindGridAsync(RestLookup lookup, CancellationToken cancellationToken) =>
        WithSessionAsync(async session =>
        {
            var row = (await session.ListAsync(
                lookup.Id is null ? GridBySlug : GridById, Lookup(lookup), Row.Grid)).FirstOrDefault();
            if (row is null)
            {
                return null;
            }

            var members = InSiteOrder(await session.ListAsync(PackagesOfGrid, IdParameter(row.Id), Row.Member));
            return new RestGrid(row, [.. members[row.Id]]);
        }, cancellationToken);

    public Task<RestPage<Category>> ReadCategoriesAsync(int offset, int limit, CancellationToken cancellationToken) =>
        WithSessionAsync(async session =>
        {
            var count = await session.CountAsync("SELECT count(*) FROM categories");
            return offset >= count
                ? new RestPage<Category>(count, [])
                : new RestPage<Category>(
                    count, await session.ListAsync(CategoriesPage, Paging(offset, limit), Row.Category));
        }, cancellationToken);

    public Task<Category?> FindCategoryAsync(RestLookup lookup, CancellationToken cancellationToken) =>
        WithSessionAsync(async session =>
            (await session.ListAsync(CategoryById, Lookup(lookup), Row.Category)).FirstOrDefault(), cancellationToken);

    private static (string, object)[] Paging(int offset, int limit) => [("@limit", limit), ("@offset", offset)];

    private static (string, object)[] IdParameter(int id) => [("@id", id)];

    private static (string, object)[] Lookup(RestLookup lookup) =>
        lookup.Id is { } id ? IdParameter(id) : [("@slug", lookup.Slug!)];

    /// <summary>
    /// A grid's package ids as the site lists them: by package title (the package model's default ordering,
    /// which Django applies to the prefetched many-to-many), then by id; sorted here with ordinal comparison so
    /// that both stores agree whatever their collations.
    /// </summary>
    private static ILookup<int, int> InSiteOrder(List<(int GridId, int PackageId, string Title)> members) => members
        .OrderBy(m => m.Title, StringComparer.Ordinal)
        .ThenBy(m => m.PackageId)
        .ToLookup(m => m.GridId, m => m.PackageId);

    /// <summary>
    /// Runs <paramref name="read"/> on a pooled context's connection, opened once for all its statements.
    /// </summary>
    private async Task<T> WithSessionAsync<T>(Func<Session, Task<T>> read, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var session = await SqlSession.OpenAsync(contexts, db, cancellationToken);
        return await read(new Session(session, db.Provider, cancellationToken));
    }

    private sealed class Session(SqlSession session, CatalogueProvider provider, CancellationToken cancellationToken)
    {
        public async Task<int> CountAsync(string sql)
        {
            var command = Command(sql, []);
            using var activity = session.Trace(command);
            return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), null);
        }

        public async Task<List<T>> ListAsync<T>(
            string sql, (string Name, object Value)[] parameters, Func<DbDataReader, CatalogueProvider, T> read)
        {
            var command = Command(sql, parameters);
            using var activity = session.Trace(command);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var rows = new List<T>();
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add(read(reader, provider));
            }

            return rows;
        }

        private DbCommand Command(string sql, (string Name, object Value)[] parameters)
        {
            var command = session.Command(sql);
            foreach (var (name, value) in parameters)
            {
                SqlSession.Add(command, name, value);
            }

            return command;
        }
    }

    /// <summary>Rows of the statements above, column by column in their select order.</summary>
    private static class Row
    {
        private const NumberStyles IntegerStyle =
            NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite | NumberStyles.AllowLeadingSign;

        public static Package Package(DbDataReader r, CatalogueProvider provider) => new()
        {
            Id = r.GetInt32(0),
            CategoryId = r.GetInt32(1),
            Title = r.GetString(2),
            Slug = r.GetString(3),
            LastUpdated = OptionalTime(r, 4, provider),
            LastFetched = OptionalTime(r, 5, provider),
            RepoUrl = r.GetString(6),
            PypiVersion = OptionalText(r, 7),
            Created = Time(r, 8, provider),
            Modified = Time(r, 9, provider),
            RepoForks = r.GetInt32(10),
            RepoDescription = r.GetString(11),
            PypiUrl = r.GetString(12),
            DocumentationUrl = OptionalText(r, 13),
            RepoWatchers = r.GetInt32(14),
            CommitsOver52 = provider == CatalogueProvider.Sqlite
                ? SqliteIntegers(r.GetString(15))
                : [.. r.GetFieldValue<int[]>(15)],
        };

        public static Grid Grid(DbDataReader r, CatalogueProvider provider) => new()
        {
            Id = r.GetInt32(0),
            Title = r.GetString(1),
            Slug = r.GetString(2),
            Description = r.GetString(3),
            IsLocked = r.GetBoolean(4),
            Header = r.GetBoolean(5),
            Created = Time(r, 6, provider),
            Modified = Time(r, 7, provider),
        };

        public static Category Category(DbDataReader r, CatalogueProvider provider) => new()
        {
            Id = r.GetInt32(0),
            Title = r.GetString(1),
            Slug = r.GetString(2),
            Description = r.GetString(3),
            TitlePlural = r.GetString(4),
            ShowPypi = r.GetBoolean(5),
            Created = Time(r, 6, provider),
            Modified = Time(r, 7, provider),
        };

        public static KeyValuePair<int, int> IdPair(DbDataReader r, CatalogueProvider provider) =>
            new(r.GetInt32(0), r.GetInt32(1));

        public static KeyValuePair<int, string> Login(DbDataReader r, CatalogueProvider provider) =>
            new(r.GetInt32(0), r.GetString(1));

        public static (int GridId, int PackageId, string Title) Member(DbDataReader r, CatalogueProvider provider) =>
            (r.GetInt32(0), r.GetInt32(1), r.GetString(2));

        /// <summary>Every timestamp of the catalogue is UTC; SQLite's text form carries no zone.</summary>
        private static DateTime Time(DbDataReader r, int ordinal, CatalogueProvider provider) =>
            DateTime.SpecifyKind(
                provider == CatalogueProvider.Sqlite && TryParseSqliteTime(r.GetString(ordinal), out var time)
                    ? time
                    : r.GetDateTime(ordinal),
                DateTimeKind.Utc);

        private static DateTime? OptionalTime(DbDataReader r, int ordinal, CatalogueProvider provider) =>
            r.IsDBNull(ordinal) ? null : Time(r, ordinal, provider);

        /// <summary>
        /// The text EF Core's SQLite provider writes for a timestamp, <c>yyyy-MM-dd HH:mm:ss</c> with up to seven
        /// fraction digits, read by position; any other text is left to the provider's general parser, which
        /// took about 4% of the gateway's CPU on a page of 20 packages (issue 9).
        /// </summary>
        private static bool TryParseSqliteTime(ReadOnlySpan<char> text, out DateTime value)
        {
            value = default;
            if (text.Length < 19 || text.Length == 20 || text.Length > 27
                || text[4] != '-' || text[7] != '-' || text[10] != ' ' || text[13] != ':' || text[16] != ':'
                || (text.Length > 19 && text[19] != '.')
                || !Number(text[..4], out var year) || !Number(text[5..7], out var month)
                || !Number(text[8..10], out var day) || !Number(text[11..13], out var hour)
                || !Number(text[14..16], out var minute) || !Number(text[17..19], out var second)
                || year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)
                || hour > 23 || minute > 59 || second > 59)
            {
                return false;
            }

            var ticks = 0;
            if (text.Length > 19)
            {
                var fraction = text[20..];
                if (!Number(fraction, out ticks))
                {
                    return false;
                }

                for (var digits = fraction.Length; digits < 7; digits++)
                {
                    ticks *= 10;
                }
            }

            value = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Utc).AddTicks(ticks);
            return true;
        }

        /// <summary>
        /// The weekly commits as EF Core's SQLite provider stores them, a JSON array of integers; the common
        /// compact form is split by hand, anything else goes to the JSON parser.
        /// </summary>
        private static List<int> SqliteIntegers(string json)
        {
            var text = json.AsSpan().Trim();
            var values = new List<int>(Data.Package.WeeksOfCommits);
            if (text.Length < 2 || text[0] != '[' || text[^1] != ']')
            {
                return JsonSerializer.Deserialize<List<int>>(json) ?? [];
            }

            var items = text[1..^1];
            if (items.IsWhiteSpace())
            {
                return values;
            }

            foreach (var range in items.Split(','))
            {
                if (!int.TryParse(items[range], IntegerStyle, CultureInfo.InvariantCulture, out var value))
                {
                    return JsonSerializer.Deserialize<List<int>>(json) ?? [];
                }

                values.Add(value);
            }

            return values;
        }

        private static bool Number(ReadOnlySpan<char> digits, out int value) =>
            int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out value);

        private static string? OptionalText(DbDataReader r, int ordinal) =>
            r.IsDBNull(ordinal) ? null : r.GetString(ordinal);
    }
}
