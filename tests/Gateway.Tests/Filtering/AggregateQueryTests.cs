using Gateway.Data;
using Gateway.Filtering;
using Gateway.Packages;
using Gateway.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Tests.Filtering;

public sealed class AggregateQueryTests
{
    private static readonly AggregateSelection[] Selections =
    [
        new(AggregateFunction.Min, "repoWatchers"),
        new(AggregateFunction.Max, "repoWatchers"),
        new(AggregateFunction.Sum, "repoWatchers"),
        new(AggregateFunction.Avg, "repoWatchers"),
        new(AggregateFunction.Min, "lastUpdated"),
        new(AggregateFunction.Max, "lastUpdated"),
        new(AggregateFunction.Min, "created"),
        new(AggregateFunction.Sum, "repoForks"),
        new(AggregateFunction.Avg, "score"),
    ];

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Aggregates_under_a_filter_match_the_reference_in_one_statement(CatalogueProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await using var db = store.CreateContext();
        var connection = db.Database.GetDbConnection();

        // Note: EF Core caches for a second whether anyone listens to its events, so the counter starts
        // before the first statement of the test.
        using var counter = new StatementCounter(connection.DataSource + "/" + connection.Database);
        await using (var seed = store.CreateContext())
        {
            await FilterTestCatalogue.WriteAsync(seed);
        }

        var where = new Dictionary<string, object?>
        {
            ["title"] = new Dictionary<string, object?> { ["containsi"] = "e" },
        };
        var predicate = FilterTranslator.Translate(PackageFilters.Definition, where)!;
        var rows = (await db.Packages.ToListAsync()).Where(p => p.Title.Contains('e', StringComparison.OrdinalIgnoreCase)).ToList();
        counter.Reset();

        var result = await AggregateQuery.RunAsync(db.Packages.Where(predicate), PackageFilters.Definition,
            Selections, CancellationToken.None);

        Assert.Equal(1, counter.Count);
        Assert.Equal(rows.Count, result.Count);
        Assert.Equal(rows.Min(p => p.RepoWatchers), result.Get(AggregateFunction.Min, "repoWatchers"));
        Assert.Equal(rows.Max(p => p.RepoWatchers), result.Get(AggregateFunction.Max, "repoWatchers"));
        Assert.Equal(rows.Sum(p => (long)p.RepoWatchers), result.Get(AggregateFunction.Sum, "repoWatchers"));
        Assert.Equal(rows.Average(p => p.RepoWatchers), (double)result.Get(AggregateFunction.Avg, "repoWatchers")!, 6);
        Assert.Equal(rows.Min(p => p.LastUpdated), result.Get(AggregateFunction.Min, "lastUpdated"));
        Assert.Equal(rows.Max(p => p.LastUpdated), result.Get(AggregateFunction.Max, "lastUpdated"));
        Assert.Equal(rows.Min(p => p.Created), result.Get(AggregateFunction.Min, "created"));
        Assert.Equal(rows.Sum(p => (long)p.RepoForks), result.Get(AggregateFunction.Sum, "repoForks"));
        Assert.Equal(rows.Average(p => p.Score), (double)result.Get(AggregateFunction.Avg, "score")!, 6);
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Aggregates_of_no_rows_are_zero_count_and_null_values(CatalogueProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await using (var seed = store.CreateContext())
        {
            await FilterTestCatalogue.WriteAsync(seed);
        }

        await using var db = store.CreateContext();

        var result = await AggregateQuery.RunAsync(db.Packages.Where(p => p.RepoWatchers < -5), PackageFilters.Definition,
            Selections, CancellationToken.None);

        Assert.Equal(0, result.Count);
        Assert.Null(result.Get(AggregateFunction.Max, "lastUpdated"));
        Assert.Null(result.Get(AggregateFunction.Avg, "repoWatchers"));
        Assert.Equal(0L, result.Get(AggregateFunction.Sum, "repoWatchers"));
    }
}
