using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Gateway.Benchmarks.Floor;

/// <summary>
/// The GraphQL operations by hand: each writes the <c>data</c> object's fields in the order the query
/// selects them, as a GraphQL server must. Nested lists are one statement per level over all parents,
/// with ROW_NUMBER() for the per-parent page, the same plan the gateway's contract asks of it.
/// </summary>
internal static class GraphQlFloor
{
    private const string PackageBySlugSql = """
        SELECT p.id, p.title, p.slug, p.repo_url, p.repo_watchers, p.repo_forks, p.pypi_version, c.title, c.slug
        FROM packages p JOIN categories c ON c.id = p.category_id
        WHERE p.slug = $slug
        """;

    private const string GridsOfPackageSql = """
        SELECT g.title, g.slug, count(*) OVER ()
        FROM grid_packages gp JOIN grids g ON g.id = gp.grid_id
        WHERE gp.package_id = $id
        ORDER BY gp.id
        LIMIT $first
        """;

    private const string ParticipantsOfPackageSql = """
        SELECT pt.login, count(*) OVER ()
        FROM package_participants pp JOIN participants pt ON pt.id = pp.participant_id
        WHERE pp.package_id = $id
        ORDER BY pp.position
        LIMIT $first
        """;

    private const string CountPackagesSql = "SELECT count(*) FROM packages";

    private const string PackagesByStarsSql = """
        SELECT p.id, p.title, p.slug, p.repo_watchers, c.title
        FROM packages p JOIN categories c ON c.id = p.category_id
        ORDER BY p.repo_watchers DESC, p.id
        LIMIT $take
        """;

    private const string GridSlugsOfPackagesSql = """
        SELECT x.package_id, g.slug
        FROM (
            SELECT gp.package_id, gp.grid_id,
                   ROW_NUMBER() OVER (PARTITION BY gp.package_id ORDER BY gp.id) AS rn
            FROM grid_packages gp
            WHERE gp.package_id IN (SELECT value FROM json_each($ids))
        ) x JOIN grids g ON g.id = x.grid_id
        WHERE x.rn <= $first
        ORDER BY x.package_id, x.rn
        """;

    private const string LoginsOfPackagesSql = """
        SELECT x.package_id, pt.login
        FROM (
            SELECT pp.package_id, pp.participant_id,
                   ROW_NUMBER() OVER (PARTITION BY pp.package_id ORDER BY pp.position) AS rn
            FROM package_participants pp
            WHERE pp.package_id IN (SELECT value FROM json_each($ids))
        ) x JOIN participants pt ON pt.id = x.participant_id
        WHERE x.rn <= $first
        ORDER BY x.package_id, x.rn
        """;

    private const string GridBySlugSql = "SELECT id, title, slug FROM grids WHERE slug = $slug";

    private const string PackagesOfGridSql = """
        SELECT p.id, p.title, p.slug, p.repo_watchers, count(*) OVER ()
        FROM grid_packages gp JOIN packages p ON p.id = gp.package_id
        WHERE gp.grid_id = $id
        ORDER BY gp.id
        LIMIT $first
        """;

    private const string CountFilteredSql = """
        SELECT count(*) FROM packages WHERE instr(title, $word) > 0 AND repo_watchers >= $stars
        """;

    private const string FilteredPageSql = """
        SELECT title, slug, repo_watchers FROM packages
        WHERE instr(title, $word) > 0 AND repo_watchers >= $stars
        ORDER BY repo_watchers DESC, id
        LIMIT $first
        """;

    public static void PackageBySlug(FloorSession session, JsonElement variables, Utf8JsonWriter writer)
    {
        using var command = session.Command(PackageBySlugSql);
        command.Parameters.AddWithValue("$slug", variables.GetProperty("slug").GetString());
        using var reader = command.ExecuteReader();
        writer.WritePropertyName("package");
        if (!reader.Read())
        {
            writer.WriteNullValue();
            return;
        }

        var id = reader.GetInt32(0);
        writer.WriteStartObject();
        writer.WriteString("title", reader.GetString(1));
        writer.WriteString("slug", reader.GetString(2));
        writer.WriteString("repoUrl", reader.GetString(3));
        writer.WriteNumber("repoWatchers", reader.GetInt32(4));
        writer.WriteNumber("repoForks", reader.GetInt32(5));
        WriteNullableString(writer, "pypiVersion", reader, 6);
        writer.WriteStartObject("category");
        writer.WriteString("title", reader.GetString(7));
        writer.WriteString("slug", reader.GetString(8));
        writer.WriteEndObject();

        writer.WriteStartObject("grids");
        using (var grids = session.Command(GridsOfPackageSql))
        {
            grids.Parameters.AddWithValue("$id", id);
            grids.Parameters.AddWithValue("$first", 50);
            WriteCountedNodes(writer, grids, r =>
            {
                writer.WriteString("title", r.GetString(0));
                writer.WriteString("slug", r.GetString(1));
            });
        }

        writer.WriteEndObject();

        writer.WriteStartObject("participants");
        using (var participants = session.Command(ParticipantsOfPackageSql))
        {
            participants.Parameters.AddWithValue("$id", id);
            participants.Parameters.AddWithValue("$first", variables.GetProperty("first").GetInt32());
            WriteCountedNodes(writer, participants, r => writer.WriteString("login", r.GetString(0)));
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    public static void PackagesByStars(FloorSession session, JsonElement variables, Utf8JsonWriter writer)
    {
        var first = variables.GetProperty("first").GetInt32();
        long total;
        using (var count = session.Command(CountPackagesSql))
        {
            total = (long)count.ExecuteScalar()!;
        }

        var page = new List<(int Id, string Title, string Slug, int Stars, string Category)>(first + 1);
        using (var command = session.Command(PackagesByStarsSql))
        {
            command.Parameters.AddWithValue("$take", first + 1);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                page.Add((reader.GetInt32(0), reader.GetString(1), reader.GetString(2), reader.GetInt32(3),
                    reader.GetString(4)));
            }
        }

        var hasNextPage = page.Count > first;
        if (hasNextPage)
        {
            page.RemoveAt(first);
        }

        var ids = IdList(page.Select(p => p.Id));
        var grids = Group(session, GridSlugsOfPackagesSql, ids, 10);
        var logins = Group(session, LoginsOfPackagesSql, ids, 10);

        writer.WriteStartObject("packages");
        writer.WriteNumber("totalCount", total);
        writer.WriteStartObject("pageInfo");
        writer.WriteBoolean("hasNextPage", hasNextPage);
        writer.WriteBoolean("hasPreviousPage", false);
        writer.WriteEndObject();
        writer.WriteStartArray("nodes");
        foreach (var package in page)
        {
            writer.WriteStartObject();
            writer.WriteString("title", package.Title);
            writer.WriteString("slug", package.Slug);
            writer.WriteNumber("repoWatchers", package.Stars);
            writer.WriteStartObject("category");
            writer.WriteString("title", package.Category);
            writer.WriteEndObject();
            WriteNodes(writer, "grids", "slug", grids.GetValueOrDefault(package.Id));
            WriteNodes(writer, "participants", "login", logins.GetValueOrDefault(package.Id));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    public static void GridWithPackages(FloorSession session, JsonElement variables, Utf8JsonWriter writer)
    {
        int gridId;
        writer.WritePropertyName("grid");
        using (var grid = session.Command(GridBySlugSql))
        {
            grid.Parameters.AddWithValue("$slug", variables.GetProperty("slug").GetString());
            using var reader = grid.ExecuteReader();
            if (!reader.Read())
            {
                writer.WriteNullValue();
                return;
            }

            gridId = reader.GetInt32(0);
            writer.WriteStartObject();
            writer.WriteString("title", reader.GetString(1));
            writer.WriteString("slug", reader.GetString(2));
        }

        long total = 0;
        var page = new List<(int Id, string Title, string Slug, int Stars)>();
        using (var packages = session.Command(PackagesOfGridSql))
        {
            packages.Parameters.AddWithValue("$id", gridId);
            packages.Parameters.AddWithValue("$first", variables.GetProperty("first").GetInt32());
            using var reader = packages.ExecuteReader();
            while (reader.Read())
            {
                page.Add((reader.GetInt32(0), reader.GetString(1), reader.GetString(2), reader.GetInt32(3)));
                total = reader.GetInt64(4);
            }
        }

        var logins = Group(session, LoginsOfPackagesSql, IdList(page.Select(p => p.Id)), 5);
        writer.WriteStartObject("packages");
        writer.WriteNumber("totalCount", total);
        writer.WriteStartArray("nodes");
        foreach (var package in page)
        {
            writer.WriteStartObject();
            writer.WriteString("title", package.Title);
            writer.WriteString("slug", package.Slug);
            writer.WriteNumber("repoWatchers", package.Stars);
            WriteNodes(writer, "participants", "login", logins.GetValueOrDefault(package.Id));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    public static void FilteredPackages(FloorSession session, JsonElement variables, Utf8JsonWriter writer)
    {
        var word = variables.GetProperty("word").GetString();
        var stars = variables.GetProperty("stars").GetInt32();
        writer.WriteStartObject("packages");
        using (var count = session.Command(CountFilteredSql))
        {
            count.Parameters.AddWithValue("$word", word);
            count.Parameters.AddWithValue("$stars", stars);
            writer.WriteNumber("totalCount", (long)count.ExecuteScalar()!);
        }

        writer.WriteStartArray("nodes");
        using (var page = session.Command(FilteredPageSql))
        {
            page.Parameters.AddWithValue("$word", word);
            page.Parameters.AddWithValue("$stars", stars);
            page.Parameters.AddWithValue("$first", variables.GetProperty("first").GetInt32());
            using var reader = page.ExecuteReader();
            while (reader.Read())
            {
                writer.WriteStartObject();
                writer.WriteString("title", reader.GetString(0));
                writer.WriteString("slug", reader.GetString(1));
                writer.WriteNumber("repoWatchers", reader.GetInt32(2));
                writer.WriteEndObject();
            }
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>The ids as a JSON array, the one parameter of an <c>IN (SELECT value FROM json_each(..))</c>.</summary>
    internal static string IdList(IEnumerable<int> ids) => "[" + string.Join(',', ids) + "]";

    /// <summary>Runs a two-column (parent id, text) statement and groups the texts by parent, in row order.</summary>
    internal static Dictionary<int, List<string>> Group(FloorSession session, string sql, string ids, int? first)
    {
        var groups = new Dictionary<int, List<string>>();
        using var command = session.Command(sql);
        command.Parameters.AddWithValue("$ids", ids);
        if (first is not null)
        {
            command.Parameters.AddWithValue("$first", first.Value);
        }

        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var parent = reader.GetInt32(0);
            if (!groups.TryGetValue(parent, out var list))
            {
                groups[parent] = list = [];
            }

            list.Add(reader.GetString(1));
        }

        return groups;
    }

    private static void WriteNodes(Utf8JsonWriter writer, string connection, string field, List<string>? values)
    {
        writer.WriteStartObject(connection);
        writer.WriteStartArray("nodes");
        foreach (var value in values ?? [])
        {
            writer.WriteStartObject();
            writer.WriteString(field, value);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>
    /// Writes <c>totalCount</c> (taken from the last column, a <c>count(*) OVER ()</c>) and then
    /// <c>nodes</c>, in one pass over the rows.
    /// </summary>
    private static void WriteCountedNodes(Utf8JsonWriter writer, SqliteCommand command, Action<SqliteDataReader> node)
    {
        using var reader = command.ExecuteReader();
        var any = reader.Read();
        writer.WriteNumber("totalCount", any ? reader.GetInt64(reader.FieldCount - 1) : 0);
        writer.WriteStartArray("nodes");
        while (any)
        {
            writer.WriteStartObject();
            node(reader);
            writer.WriteEndObject();
            any = reader.Read();
        }

        writer.WriteEndArray();
    }

    private static void WriteNullableString(Utf8JsonWriter writer, string name, SqliteDataReader reader, int column)
    {
        if (reader.IsDBNull(column))
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, reader.GetString(column));
        }
    }
}
