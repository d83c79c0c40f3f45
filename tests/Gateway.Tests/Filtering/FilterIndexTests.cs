using System.Data.Common;
using Gateway.Data;
using Gateway.Tests.Graph;
using Gateway.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Tests.Filtering;

/// <summary>
/// The FilterIndexes migrations give a category's packages by stars or newest first without a sort: the
/// plans of the statements the gateway really sends name the index (an index whose expression drifts
/// from the SQL EF Core emits would be silently unused).
/// </summary>
public sealed class FilterIndexTests
{
    private const string Page = """
        { packages(first: 5, where: WHERE, order: [ORDER]) { nodes { databaseId } } }
        """;

    private const string Category = """{ category: { slug: { eq: "cat-1" } } }""";

    private const string CategoryAndStars = """{ category: { slug: { eq: "cat-1" } }, repoWatchers: { gt: 100 } }""";

    // Note: on SQLite, a category and stars filter with newest first goes to the stars index (a range of
    // both columns, then a sort): SQLite's planner prefers two constrained columns to a sort-free walk.
    [Theory]
    [InlineData(CatalogueProvider.Sqlite, Category, "{ lastUpdated: DESC }", "ix_packages_category_id_recency")]
    [InlineData(CatalogueProvider.Sqlite, CategoryAndStars, "{ repoWatchers: DESC }",
        "ix_packages_category_id_repo_watchers_id")]
    [InlineData(CatalogueProvider.Postgres, CategoryAndStars, "{ lastUpdated: DESC }", "ix_packages_recency")]
    public async Task A_category_page_by_stars_or_newest_is_read_in_order_from_an_index(
        CatalogueProvider provider, string where, string order, string index)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await using var db = store.CreateContext();
        var connection = db.Database.GetDbConnection();
        using var counter = new StatementCounter(connection.DataSource + "/" + connection.Database);
        await FilterTestCatalogue.WriteAsync(db);
        await using var factory = new GatewayFactory(store);
        var client = new GraphClient(factory.CreateClient());
        counter.Reset();

        await client.DataAsync(Page.Replace("WHERE", where, StringComparison.Ordinal)
            .Replace("ORDER", order, StringComparison.Ordinal));

        var page = Assert.Single(counter.Commands, c => c.Text.Contains("ORDER BY", StringComparison.Ordinal));
        var plan = await PlanAsync(db, provider, page.Text, page.Parameters);
        Assert.True(plan.Contains(index, StringComparison.Ordinal), page.Text + "\n" + plan);
        var sort = provider == CatalogueProvider.Sqlite ? "TEMP B-TREE" : "Sort";
        Assert.DoesNotContain(sort, plan, StringComparison.Ordinal);
    }

    /// <summary>
    /// The plan of <paramref name="sql"/>. PostgreSQL plans by cost, and a table of 60 rows is cheapest
    /// to scan and sort, so sorting is priced out: what is tested is that an index can give the order.
    /// </summary>
    private static async Task<string> PlanAsync(CatalogueDbContext db, CatalogueProvider provider, string sql,
        List<(string Name, object? Value)> parameters)
    {
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        if (provider == CatalogueProvider.Postgres)
        {
            await using var settings = connection.CreateCommand();
            settings.Transaction = transaction;
            settings.CommandText = "SET LOCAL enable_sort = off; SET LOCAL enable_incremental_sort = off";
            await settings.ExecuteNonQueryAsync();
        }

        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = (provider == CatalogueProvider.Sqlite ? "EXPLAIN QUERY PLAN " : "EXPLAIN ") + sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        var lines = new List<string>();
        await using DbDataReader reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            lines.Add(string.Join(' ', Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetValue(i))));
        }

        return string.Join('\n', lines);
    }
}
