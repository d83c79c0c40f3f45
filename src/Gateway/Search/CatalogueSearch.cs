using System.Runtime.CompilerServices;
using Gateway.Data;
using GraphQL;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Search;

/// <summary>
/// Full-text search over packages and grids (title, slug, description), ranked the same way on SQLite
/// (FTS5) and PostgreSQL (tsvector): by how many of the fields hold every word (title 4, slug 2,
/// description 1), then by stars, then packages before grids, then by number.
/// </summary>
/// <remarks>
/// Note: the stores' own ranks (bm25 on SQLite, ts_rank on PostgreSQL) weigh term frequency and document
/// length differently and would order the same catalogue differently; a score counted from field matches
/// is the same on both and keeps stars meaningful as the tie-break. The full-text indexes find the
/// matches; the score only looks at rows that matched. User text only reaches SQL as parameters built
/// from quoted words (<see cref="SearchTerms"/>).
/// </remarks>
public sealed class CatalogueSearch(IDbContextFactory<CatalogueDbContext> contexts)
{
    /// <summary>The largest page.</summary>
    public const int MaxPageSize = 100;

    /// <summary>The longest search text accepted.</summary>
    public const int MaxQueryLength = 500;

    /// <summary>A page of hits for <paramref name="query"/>, best first, after <paramref name="after"/>.</summary>
    public async Task<SearchPage> SearchAsync(string query, int first, string? after, CancellationToken cancellationToken)
    {
        if (first < 0 || first > MaxPageSize)
        {
            throw new ExecutionError($"first must be between 0 and {MaxPageSize}; it is {first}.") { Code = "PAGE_SIZE_INVALID" };
        }

        if (query.Length > MaxQueryLength)
        {
            throw new ExecutionError($"The search text has {query.Length} characters; at most {MaxQueryLength} are allowed.")
            {
                Code = "SEARCH_QUERY_TOO_LONG",
            };
        }

        var cursor = after is null ? null : SearchCursor.Decode(after);
        var terms = SearchTerms.Parse(query);
        if (terms.Count == 0 || first == 0)
        {
            return SearchPage.Empty;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await Page(Ranked(db, terms), cursor)
            .Take(first + 1)
            .ToListAsync(cancellationToken);
        var hasNext = rows.Count > first;
        rows = [.. rows.Take(first)];
        var nodes = await LoadNodesAsync(db, rows, cancellationToken);
        var hits = rows
            .Select(r => new SearchHit((SearchResultKind)r.Kind, r.Id, r.Score, r.Stars, nodes[(r.Kind, r.Id)],
                SearchCursor.Encode(r)))
            .ToList();
        return new SearchPage(hits, hasNext, cursor is not null);
    }

    /// <summary>How many packages and grids match <paramref name="query"/>.</summary>
    public async Task<int> CountAsync(string query, CancellationToken cancellationToken)
    {
        var terms = SearchTerms.Parse(query);
        if (terms.Count == 0)
        {
            return 0;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await Ranked(db, terms).CountAsync(cancellationToken);
    }

    private static IQueryable<SearchRow> Ranked(CatalogueDbContext db, IReadOnlyList<string> terms)
    {
        var sql = db.Provider == CatalogueProvider.Sqlite ? SqliteRanking(terms) : PostgresRanking(terms);
        return db.Database.SqlQuery<SearchRow>(sql);
    }

    private static IQueryable<SearchRow> Page(IQueryable<SearchRow> rows, SearchRow? after)
    {
        if (after is not null)
        {
            var (score, stars, kind, id) = (after.Score, after.Stars, after.Kind, after.Id);
            rows = rows.Where(r => r.Score < score
                || (r.Score == score && (r.Stars < stars
                    || (r.Stars == stars && (r.Kind > kind || (r.Kind == kind && r.Id > id))))));
        }

        return rows
            .OrderByDescending(r => r.Score)
            .ThenByDescending(r => r.Stars)
            .ThenBy(r => r.Kind)
            .ThenBy(r => r.Id);
    }

    private static FormattableString SqliteRanking(IReadOnlyList<string> terms) =>
        FormattableStringFactory.Create(
            """
            SELECT 0 AS kind, p.id AS id, CAST(p.repo_watchers AS INTEGER) AS stars,
                CASE WHEN p.id IN (SELECT rowid FROM package_search WHERE package_search MATCH {1}) THEN 4 ELSE 0 END
                + CASE WHEN p.id IN (SELECT rowid FROM package_search WHERE package_search MATCH {2}) THEN 2 ELSE 0 END
                + CASE WHEN p.id IN (SELECT rowid FROM package_search WHERE package_search MATCH {3}) THEN 1 ELSE 0 END
                AS score
            FROM packages AS p
            WHERE p.id IN (SELECT rowid FROM package_search WHERE package_search MATCH {0})
            UNION ALL
            SELECT 1 AS kind, g.id AS id,
                (SELECT COALESCE(SUM(x.repo_watchers), 0) FROM grid_packages AS gp
                    JOIN packages AS x ON x.id = gp.package_id WHERE gp.grid_id = g.id) AS stars,
                CASE WHEN g.id IN (SELECT rowid FROM grid_search WHERE grid_search MATCH {4}) THEN 4 ELSE 0 END
                + CASE WHEN g.id IN (SELECT rowid FROM grid_search WHERE grid_search MATCH {5}) THEN 2 ELSE 0 END
                + CASE WHEN g.id IN (SELECT rowid FROM grid_search WHERE grid_search MATCH {6}) THEN 1 ELSE 0 END
                AS score
            FROM grids AS g
            WHERE g.id IN (SELECT rowid FROM grid_search WHERE grid_search MATCH {0})
            """,
            SearchTerms.ToFts5(terms, null),
            SearchTerms.ToFts5(terms, "title"),
            SearchTerms.ToFts5(terms, "slug"),
            SearchTerms.ToFts5(terms, "repo_description"),
            SearchTerms.ToFts5(terms, "title"),
            SearchTerms.ToFts5(terms, "slug"),
            SearchTerms.ToFts5(terms, "description"));

    private static FormattableString PostgresRanking(IReadOnlyList<string> terms) =>
        FormattableStringFactory.Create(
            """
            SELECT 0 AS kind, p.id AS id, CAST(p.repo_watchers AS bigint) AS stars,
                CASE WHEN p.search_vector @@ to_tsquery('simple', {1}) THEN 4 ELSE 0 END
                + CASE WHEN p.search_vector @@ to_tsquery('simple', {2}) THEN 2 ELSE 0 END
                + CASE WHEN p.search_vector @@ to_tsquery('simple', {3}) THEN 1 ELSE 0 END
                AS score
            FROM packages AS p
            WHERE p.search_vector @@ to_tsquery('simple', {0})
            UNION ALL
            SELECT 1 AS kind, g.id AS id,
                (SELECT COALESCE(SUM(x.repo_watchers), 0) FROM grid_packages AS gp
                    JOIN packages AS x ON x.id = gp.package_id WHERE gp.grid_id = g.id) AS stars,
                CASE WHEN g.search_vector @@ to_tsquery('simple', {1}) THEN 4 ELSE 0 END
                + CASE WHEN g.search_vector @@ to_tsquery('simple', {2}) THEN 2 ELSE 0 END
                + CASE WHEN g.search_vector @@ to_tsquery('simple', {3}) THEN 1 ELSE 0 END
                AS score
            FROM grids AS g
            WHERE g.search_vector @@ to_tsquery('simple', {0})
            """,
            SearchTerms.ToTsQuery(terms, null),
            SearchTerms.ToTsQuery(terms, 'A'),
            SearchTerms.ToTsQuery(terms, 'B'),
            SearchTerms.ToTsQuery(terms, 'C'));

    private static async Task<Dictionary<(int, int), object>> LoadNodesAsync(
        CatalogueDbContext db, List<SearchRow> rows, CancellationToken cancellationToken)
    {
        var nodes = new Dictionary<(int, int), object>();
        var packageIds = rows.Where(r => r.Kind == (int)SearchResultKind.Package).Select(r => r.Id).ToList();
        var gridIds = rows.Where(r => r.Kind == (int)SearchResultKind.Grid).Select(r => r.Id).ToList();
        if (packageIds.Count > 0)
        {
            foreach (var package in await db.Packages.Where(p => packageIds.Contains(p.Id)).ToListAsync(cancellationToken))
            {
                nodes[((int)SearchResultKind.Package, package.Id)] = package;
            }
        }

        if (gridIds.Count > 0)
        {
            foreach (var grid in await db.Grids.Where(g => gridIds.Contains(g.Id)).ToListAsync(cancellationToken))
            {
                nodes[((int)SearchResultKind.Grid, grid.Id)] = grid;
            }
        }

        return nodes;
    }
}
