using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;

namespace Gateway.Benchmarks.Floor;

/// <summary>
/// The REST v4 reads by hand, in the field order and formats of djangopackages.org's serializers and
/// DRF's <c>LimitOffsetPagination</c>; links are built from the request's host like the shim's.
/// </summary>
internal static class RestFloor
{
    private const int DefaultLimit = 20;

    private const string PackageColumns = """
        SELECT id, category_id, title, slug, last_updated, last_fetched, repo_url, pypi_version, created,
               modified, repo_forks, repo_description, pypi_url, documentation_url, repo_watchers, commits_over_52
        FROM packages
        """;

    private const string PackagesPageSql = PackageColumns + " ORDER BY id DESC LIMIT $limit OFFSET $offset";

    private const string PackageByIdSql = PackageColumns + " WHERE id = $id";

    private const string CountPackagesSql = "SELECT count(*) FROM packages";

    private const string GridIdsOfPackagesSql = """
        SELECT package_id, CAST(grid_id AS TEXT) FROM grid_packages
        WHERE package_id IN (SELECT value FROM json_each($ids))
        ORDER BY package_id, id
        """;

    private const string LoginsOfPackagesSql = """
        SELECT pp.package_id, pt.login
        FROM package_participants pp JOIN participants pt ON pt.id = pp.participant_id
        WHERE pp.package_id IN (SELECT value FROM json_each($ids))
        ORDER BY pp.package_id, pp.position
        """;

    private const string CountGridsSql = "SELECT count(*) FROM grids";

    private const string GridsPageSql = """
        SELECT id, title, slug, description, is_locked, header, created, modified
        FROM grids ORDER BY id DESC LIMIT $limit OFFSET $offset
        """;

    private const string PackageIdsOfGridsSql = """
        SELECT gp.grid_id, CAST(gp.package_id AS TEXT)
        FROM grid_packages gp JOIN packages p ON p.id = gp.package_id
        WHERE gp.grid_id IN (SELECT value FROM json_each($ids))
        ORDER BY gp.grid_id, p.title, p.id
        """;

    public static bool PackagesPage(FloorSession session, Utf8JsonWriter writer, HttpRequest request)
    {
        var (limit, offset) = Paging(request);
        long count;
        using (var command = session.Command(CountPackagesSql))
        {
            count = (long)command.ExecuteScalar()!;
        }

        using var page = session.Command(PackagesPageSql);
        page.Parameters.AddWithValue("$limit", limit);
        page.Parameters.AddWithValue("$offset", offset);
        var root = Root(request);
        writer.WriteStartObject();
        WritePagination(writer, root + "packages/", count, limit, offset);
        writer.WriteStartArray("results");
        WritePackages(session, writer, page, root);
        writer.WriteEndArray();
        writer.WriteEndObject();
        return true;
    }

    public static bool Package(FloorSession session, Utf8JsonWriter writer, HttpRequest request, int id)
    {
        using var command = session.Command(PackageByIdSql);
        command.Parameters.AddWithValue("$id", id);
        return WritePackages(session, writer, command, Root(request)) == 1;
    }

    public static bool GridsPage(FloorSession session, Utf8JsonWriter writer, HttpRequest request)
    {
        var (limit, offset) = Paging(request);
        long count;
        using (var command = session.Command(CountGridsSql))
        {
            count = (long)command.ExecuteScalar()!;
        }

        var grids = new List<(int Id, string Title, string Slug, string Description, bool Locked, bool Header,
            DateTime Created, DateTime Modified)>(limit);
        using (var page = session.Command(GridsPageSql))
        {
            page.Parameters.AddWithValue("$limit", limit);
            page.Parameters.AddWithValue("$offset", offset);
            using var reader = page.ExecuteReader();
            while (reader.Read())
            {
                grids.Add((reader.GetInt32(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                    reader.GetBoolean(4), reader.GetBoolean(5), reader.GetDateTime(6), reader.GetDateTime(7)));
            }
        }

        var packages = GraphQlFloor.Group(session, PackageIdsOfGridsSql, GraphQlFloor.IdList(grids.Select(g => g.Id)),
            null);
        var root = Root(request);
        writer.WriteStartObject();
        WritePagination(writer, root + "grids/", count, limit, offset);
        writer.WriteStartArray("results");
        foreach (var grid in grids)
        {
            writer.WriteStartObject();
            writer.WriteNumber("id", grid.Id);
            writer.WriteString("title", grid.Title);
            writer.WriteString("slug", grid.Slug);
            writer.WriteString("description", grid.Description);
            writer.WriteBoolean("is_locked", grid.Locked);
            writer.WriteStartArray("packages");
            foreach (var package in packages.GetValueOrDefault(grid.Id) ?? [])
            {
                writer.WriteStringValue(root + "packages/" + package + "/");
            }

            writer.WriteEndArray();
            writer.WriteBoolean("header", grid.Header);
            writer.WriteString("created", DrfDateTime.Format(grid.Created));
            writer.WriteString("modified", DrfDateTime.Format(grid.Modified));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        return true;
    }

    /// <summary>Writes every package row of <paramref name="command"/>; returns how many.</summary>
    private static int WritePackages(FloorSession session, Utf8JsonWriter writer, SqliteCommand command, string root)
    {
        var rows = new List<object[]>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                var row = new object[reader.FieldCount];
                reader.GetValues(row);
                rows.Add(row);
            }
        }

        if (rows.Count == 0)
        {
            return 0;
        }

        var ids = GraphQlFloor.IdList(rows.Select(r => Convert.ToInt32(r[0], CultureInfo.InvariantCulture)));
        var grids = GraphQlFloor.Group(session, GridIdsOfPackagesSql, ids, null);
        var logins = GraphQlFloor.Group(session, LoginsOfPackagesSql, ids, null);
        foreach (var row in rows)
        {
            var id = Convert.ToInt32(row[0], CultureInfo.InvariantCulture);
            writer.WriteStartObject();
            writer.WriteString("category", root + "categories/" + row[1] + "/");
            writer.WriteStartArray("grids");
            foreach (var grid in grids.GetValueOrDefault(id) ?? [])
            {
                writer.WriteStringValue(root + "grids/" + grid + "/");
            }

            writer.WriteEndArray();
            writer.WriteNumber("id", id);
            writer.WriteString("title", (string)row[2]);
            writer.WriteString("slug", (string)row[3]);
            WriteTime(writer, "last_updated", row[4]);
            WriteTime(writer, "last_fetched", row[5]);
            writer.WriteString("repo_url", (string)row[6]);
            WriteText(writer, "pypi_version", row[7]);
            WriteTime(writer, "created", row[8]);
            WriteTime(writer, "modified", row[9]);
            writer.WriteNumber("repo_forks", Convert.ToInt32(row[10], CultureInfo.InvariantCulture));
            writer.WriteString("repo_description", (string)row[11]);
            writer.WriteString("pypi_url", (string)row[12]);
            WriteText(writer, "documentation_url", row[13]);
            writer.WriteNumber("repo_watchers", Convert.ToInt32(row[14], CultureInfo.InvariantCulture));
            writer.WritePropertyName("commits_over_52");
            writer.WriteRawValue((string)row[15]);
            writer.WriteStartArray("participants");
            foreach (var login in logins.GetValueOrDefault(id) ?? [])
            {
                writer.WriteStringValue(login);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return rows.Count;
    }

    /// <summary>DRF's LimitOffsetPagination reading of <c>limit</c> and <c>offset</c>.</summary>
    private static (int Limit, int Offset) Paging(HttpRequest request)
    {
        var limit = int.TryParse(request.Query["limit"], NumberStyles.None, CultureInfo.InvariantCulture, out var l)
            && l > 0 ? l : DefaultLimit;
        var offset = int.TryParse(request.Query["offset"], NumberStyles.None, CultureInfo.InvariantCulture,
            out var o) ? o : 0;
        return (limit, offset);
    }

    private static void WritePagination(Utf8JsonWriter writer, string list, long count, int limit, int offset)
    {
        writer.WriteNumber("count", count);
        if (offset + limit < count)
        {
            writer.WriteString("next", Page(list, limit, offset + limit));
        }
        else
        {
            writer.WriteNull("next");
        }

        if (offset <= 0)
        {
            writer.WriteNull("previous");
        }
        else
        {
            writer.WriteString("previous", Page(list, limit, offset - limit));
        }
    }

    private static string Page(string list, int limit, int offset) =>
        offset <= 0
            ? string.Create(CultureInfo.InvariantCulture, $"{list}?limit={limit}")
            : string.Create(CultureInfo.InvariantCulture, $"{list}?limit={limit}&offset={offset}");

    private static string Root(HttpRequest request) => "http://" + request.Host.Value + "/api/v4/";

    private static void WriteTime(Utf8JsonWriter writer, string name, object value)
    {
        if (value is DBNull)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, DrfDateTime.Format(DateTime.Parse((string)value, CultureInfo.InvariantCulture,
                DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal)));
        }
    }

    private static void WriteText(Utf8JsonWriter writer, string name, object value)
    {
        if (value is DBNull)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, (string)value);
        }
    }
}
