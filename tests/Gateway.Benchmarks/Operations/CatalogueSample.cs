using Microsoft.Data.Sqlite;

namespace Gateway.Benchmarks.Operations;

/// <summary>
/// The arguments the operations use, picked from the seeded catalogue itself so that each operation
/// returns a full page: the package with the most participants and grids, the grid with the most
/// packages, a title word that a good share of starred packages carry.
/// </summary>
internal sealed record CatalogueSample(
    int Packages,
    string? PackageSlug,
    string? GridSlug,
    string? TitleWord,
    int? RestPackageId,
    IReadOnlyList<int> MutationTargets)
{
    /// <summary>A package outside <see cref="MutationTargets"/>, edited once by the statement probe.</summary>
    public int MutationProbeTarget { get; init; }

    public const int FilterMinimumStars = 100;
    public const int MutationTargetCount = 2000;

    public static CatalogueSample Read(string databasePath)
    {
        using var connection = new SqliteConnection($"Data Source={databasePath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        var packages = Convert.ToInt32(Scalar(connection, "SELECT count(*) FROM packages"), null);
        if (packages == 0)
        {
            return new CatalogueSample(0, null, null, null, null, []);
        }

        var packageSlug = (string?)Scalar(connection, """
            SELECT p.slug FROM packages p
            ORDER BY (SELECT count(*) FROM package_participants pp WHERE pp.package_id = p.id) >= 50 DESC,
                     (SELECT count(*) FROM grid_packages gp WHERE gp.package_id = p.id) DESC, p.id
            LIMIT 1
            """);
        var gridSlug = (string?)Scalar(connection, """
            SELECT g.slug FROM grids g
            ORDER BY (SELECT count(*) FROM grid_packages gp WHERE gp.grid_id = g.id) DESC, g.id
            LIMIT 1
            """);
        var restPackageId = Scalar(connection, "SELECT coalesce((SELECT id FROM packages WHERE id = 6045), "
            + "(SELECT min(id) FROM packages))");
        return new CatalogueSample(
            packages,
            packageSlug,
            gridSlug,
            CommonTitleWord(connection),
            restPackageId is null ? null : Convert.ToInt32(restPackageId, null),
            MutationTargetsOf(connection))
        {
            MutationProbeTarget = Convert.ToInt32(Scalar(connection, "SELECT max(id) FROM packages"), null),
        };
    }

    /// <summary>
    /// The most frequent word of the titles of packages with at least <see cref="FilterMinimumStars"/>
    /// stars, apart from "django" (which nearly every title has, so it would not filter).
    /// </summary>
    private static string? CommonTitleWord(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT title FROM packages WHERE repo_watchers >= $stars";
        command.Parameters.AddWithValue("$stars", FilterMinimumStars);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                var words = reader.GetString(0).Split([' ', '-', '_'], StringSplitOptions.RemoveEmptyEntries);
                foreach (var word in words.Distinct(StringComparer.Ordinal))
                {
                    if (word.Length >= 3 && !word.Equals("django", StringComparison.OrdinalIgnoreCase))
                    {
                        counts[word] = counts.GetValueOrDefault(word) + 1;
                    }
                }
            }
        }

        return counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal)
            .Select(c => c.Key).FirstOrDefault();
    }

    private static List<int> MutationTargetsOf(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText =
            "SELECT id FROM packages WHERE id < (SELECT max(id) FROM packages) ORDER BY id LIMIT $count";
        command.Parameters.AddWithValue("$count", MutationTargetCount);
        using var reader = command.ExecuteReader();
        var targets = new List<int>();
        while (reader.Read())
        {
            targets.Add(reader.GetInt32(0));
        }

        return targets;
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        var value = command.ExecuteScalar();
        return value is DBNull ? null : value;
    }
}
