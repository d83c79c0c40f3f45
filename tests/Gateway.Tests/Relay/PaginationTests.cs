using Gateway.Data;
using Gateway.Tests.Graph;
using Gateway.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Tests.Relay;

/// <summary>Walks whole connections of the demo catalogue through real HTTP, forward and backward.</summary>
public sealed class PaginationTests : IAsyncLifetime
{
    private TestStore store = null!;
    private GatewayFactory factory = null!;
    private GraphClient client = null!;

    public async Task InitializeAsync()
    {
        store = await TestStore.CreateDemoAsync(CatalogueProvider.Sqlite);
        factory = new GatewayFactory(store);
        client = new GraphClient(factory.CreateClient());
    }

    public async Task DisposeAsync()
    {
        await factory.DisposeAsync();
        await store.DisposeAsync();
    }

    [Fact]
    public async Task Forward_walk_over_packages_visits_every_package_once_in_order()
    {
        await using var db = store.CreateContext();
        var expected = await db.Packages.OrderBy(p => p.Id).Select(p => p.Id).ToListAsync();

        var visited = await WalkAsync("packages", "", forward: true, size: 100);

        Assert.Equal(expected, visited);
    }

    [Fact]
    public async Task Backward_walk_over_packages_visits_every_package_once_in_order()
    {
        await using var db = store.CreateContext();
        var expected = await db.Packages.OrderBy(p => p.Id).Select(p => p.Id).ToListAsync();

        var visited = await WalkAsync("packages", "", forward: false, size: 100);

        Assert.Equal(expected, visited);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Walk_over_a_grids_packages_follows_the_join_order(bool forward)
    {
        await using var db = store.CreateContext();
        var grid = await db.Grids.OrderByDescending(g => g.GridPackages.Count).ThenBy(g => g.Id).FirstAsync();
        var expected = await db.GridPackages.Where(gp => gp.GridId == grid.Id)
            .OrderBy(gp => gp.Id)
            .Select(gp => gp.PackageId)
            .ToListAsync();
        Assert.True(expected.Count > 7, "the demo catalogue's largest grid should need several pages");

        var visited = await WalkAsync("grid", $"slug: \"{grid.Slug}\"", forward, size: 7, nested: "packages");

        Assert.Equal(expected, visited);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Walk_over_a_packages_participants_follows_the_catalogue_order(bool forward)
    {
        await using var db = store.CreateContext();
        var package = await db.Packages
            .OrderByDescending(p => p.PackageParticipants.Count)
            .ThenBy(p => p.Id)
            .FirstAsync();
        var expected = await db.PackageParticipants.Where(pp => pp.PackageId == package.Id)
            .OrderBy(pp => pp.Position)
            .Select(pp => pp.ParticipantId)
            .ToListAsync();
        Assert.True(expected.Count > 3, "the demo catalogue's busiest package should need several pages");

        var visited = await WalkAsync("package", $"slug: \"{package.Slug}\"", forward, size: 3,
            nested: "participants");

        Assert.Equal(expected, visited);
    }

    [Theory]
    [InlineData("packages(first: 101)", "INVALID_PAGE_SIZE", "101")]
    [InlineData("packages(first: -1)", "INVALID_PAGE_SIZE", "-1")]
    [InlineData("packages(last: -5)", "INVALID_PAGE_SIZE", "-5")]
    [InlineData("packages(last: 1000)", "INVALID_PAGE_SIZE", "1000")]
    [InlineData("packages(first: 2, last: 2)", "INVALID_PAGE_SIZE", "not both")]
    [InlineData("packages(after: \"nonsense\")", "INVALID_CURSOR", "nonsense")]
    [InlineData("packages(before: \"WyJ0aXRsZTphc2M6bGFzdCIsIngiLDFd\")", "INVALID_CURSOR", "before")]
    [InlineData("packages(first: 1) { nodes { grids(first: 500) { totalCount } } } x: packages", "INVALID_PAGE_SIZE",
        "500")]
    public async Task Out_of_range_arguments_and_bad_cursors_are_errors_that_say_what_is_wrong(string field,
        string code, string named)
    {
        var error = await client.ErrorAsync($"{{ {field} {{ totalCount }} }}");

        Assert.Equal(code, error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains(named, error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_of_zero_returns_no_nodes_but_counts_them()
    {
        var data = await client.DataAsync("{ packages(first: 0) { totalCount nodes { slug } pageInfo { hasNextPage } } }");

        var packages = data.GetProperty("packages");
        Assert.Equal(0, packages.GetProperty("nodes").GetArrayLength());
        Assert.True(packages.GetProperty("totalCount").GetInt32() > 0);
        Assert.True(packages.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
    }

    /// <summary>Walks a connection to its end and returns the databaseIds in connection order.</summary>
    private async Task<List<int>> WalkAsync(string field, string arguments, bool forward, int size,
        string? nested = null)
    {
        var visited = new List<int>();
        string? cursor = null;
        for (var requests = 0; requests < 10_000; requests++)
        {
            var paging = forward ? $"first: {size}, after: $cursor" : $"last: {size}, before: $cursor";
            var connection = nested is null
                ? $"{field}({paging}) {{ ...page }}"
                : $"{field}({arguments}) {{ {nested}({paging}) {{ ...page }} }}";
            var data = await client.DataAsync(
                $"query ($cursor: String) {{ {connection} }} " +
                "fragment page on " + ConnectionType(field, nested) +
                " { totalCount edges { cursor node { databaseId } } " +
                "pageInfo { hasNextPage hasPreviousPage startCursor endCursor } }",
                new { cursor });
            var page = nested is null ? data.GetProperty(field) : data.GetProperty(field).GetProperty(nested);
            var ids = page.GetProperty("edges").EnumerateArray()
                .Select(e => e.GetProperty("node").GetProperty("databaseId").GetInt32())
                .ToList();
            var info = page.GetProperty("pageInfo");
            Assert.True(ids.Count <= size);
            if (forward)
            {
                visited.AddRange(ids);
            }
            else
            {
                visited.InsertRange(0, ids);
            }

            var more = info.GetProperty(forward ? "hasNextPage" : "hasPreviousPage").GetBoolean();
            if (!more)
            {
                Assert.Equal(page.GetProperty("totalCount").GetInt32(), visited.Count);
                return visited;
            }

            Assert.Equal(size, ids.Count);
            cursor = info.GetProperty(forward ? "endCursor" : "startCursor").GetString();
        }

        throw new InvalidOperationException("The walk did not end.");
    }

    private static string ConnectionType(string field, string? nested) => (field, nested) switch
    {
        ("packages", null) => "PackageConnection",
        (_, "packages") => "PackageConnection",
        (_, "participants") => "ParticipantConnection",
        _ => throw new ArgumentException(field, nameof(field)),
    };

}
