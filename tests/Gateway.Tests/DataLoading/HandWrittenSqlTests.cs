using System.Text.Json;
using Gateway.Data;
using Gateway.Tests.Graph;
using Gateway.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Tests.DataLoading;

/// <summary>
/// Nested pages without a filter are read by hand-written SQL (<c>DataLoading/Sql</c>), filtered ones by the
/// LINQ paging engine. A filter every row passes (<c>databaseId &gt;= 0</c>) sends the same page down the LINQ
/// path, so the two answers must be equal to the byte: nodes, cursors, page info and totals, for one parent
/// and for many, forward and backward, under orders on the row's columns and on the node's, nullable ones
/// included; and a cursor made by one path pages on in the other.
/// </summary>
public sealed class HandWrittenSqlTests
{
    private const string All = "where: { databaseId: { gte: 0 } }";

    private const string PackageFields =
        "databaseId title slug repoWatchers lastUpdated lastFetched pypiVersion supportsPython3 commitsOver52 created";

    /// <summary>Nested connections with their node fields and orders (empty: the connection's default).</summary>
    public static TheoryData<CatalogueProvider, string, string, string> Cases()
    {
        var data = new TheoryData<CatalogueProvider, string, string, string>();
        (string Field, string Fields, string[] Orders)[] connections =
        [
            ("participants", "databaseId login", ["", "[{ login: DESC }]", "[{ databaseId: DESC }]"]),
            ("grids", "databaseId title slug isLocked header created",
                ["", "[{ isLocked: DESC }, { title: ASC }]", "[{ modified: DESC }]"]),
            ("gridPackages", PackageFields,
                ["", "[{ repoWatchers: DESC }]", "[{ lastUpdated: ASC_NULLS_FIRST }]",
                    "[{ pypiVersion: DESC_NULLS_LAST }, { title: ASC }]", "[{ supportsPython3: DESC }]",
                    "[{ category: { title: DESC } }]"]),
            ("categoryPackages", PackageFields,
                ["", "[{ lastUpdated: DESC_NULLS_FIRST }]", "[{ dateDeprecated: ASC }]"]),
            ("features", "databaseId title description created", ["", "[{ title: DESC }]"]),
        ];
        foreach (var provider in new[] { CatalogueProvider.Sqlite, CatalogueProvider.Postgres })
        {
            foreach (var (field, fields, orders) in connections)
            {
                foreach (var order in orders)
                {
                    data.Add(provider, field, fields, order);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Pages_of_many_parents_and_of_one_are_the_same_on_both_paths(
        CatalogueProvider provider, string connection, string fields, string order)
    {
        await using var store = await TestStore.CreateDemoAsync(provider);
        await using var factory = new GatewayFactory(store);
        var client = new GraphClient(factory.CreateClient());
        var (parents, parent, nested) = await ShapeAsync(store, connection);

        foreach (var size in new[] { 1, 3 })
        {
            foreach (var paging in new[] { $"first: {size}", $"last: {size}" })
            {
                var arguments = order.Length == 0 ? paging : $"{paging}, order: {order}";
                var many = $"{{ {parents}(first: 12) {{ nodes {{ databaseId "
                    + $"{nested}(ARGS) {{ {Selection(fields)} }} }} }} }}";
                await AssertSameAsync(client, many, arguments);

                var one = $"{{ {parent} {{ databaseId {nested}(ARGS) {{ {Selection(fields)} }} }} }}";
                await AssertSameAsync(client, one, arguments);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Walking_one_parent_with_cursors_gives_the_same_pages_on_both_paths(
        CatalogueProvider provider, string connection, string fields, string order)
    {
        await using var store = await TestStore.CreateDemoAsync(provider);
        await using var factory = new GatewayFactory(store);
        var client = new GraphClient(factory.CreateClient());
        var (_, parent, nested) = await ShapeAsync(store, connection);
        var ordered = order.Length == 0 ? "" : $", order: {order}";
        var query = $"{{ {parent} {{ {nested}(ARGS) {{ {Selection(fields)} }} }} }}";

        foreach (var forward in new[] { true, false })
        {
            var cursor = (string?)null;
            var pages = 0;
            do
            {
                var paging = forward
                    ? "first: 4" + (cursor is null ? "" : $", after: \"{cursor}\"")
                    : "last: 4" + (cursor is null ? "" : $", before: \"{cursor}\"");
                var page = await AssertSameAsync(client, query, paging + ordered);
                var connectionPage = page.EnumerateObject().First().Value.GetProperty(nested);
                var info = connectionPage.GetProperty("pageInfo");
                var more = info.GetProperty(forward ? "hasNextPage" : "hasPreviousPage").GetBoolean();
                cursor = more ? info.GetProperty(forward ? "endCursor" : "startCursor").GetString() : null;
                pages++;
            }
            while (cursor is not null && pages < 40);

            Assert.True(pages >= 2, $"{connection} of the chosen parent should span several pages of 4");
        }
    }

    /// <summary>
    /// Pages read without their sort values (no cursor selected) are the LINQ path's; a cursor selected only
    /// through a fragment or on one edge is still read, and pages on.
    /// </summary>
    [Theory]
    [InlineData("participants", "ParticipantConnection", "databaseId login")]
    [InlineData("grids", "GridConnection", "databaseId title")]
    public async Task Pages_without_cursors_and_cursors_through_fragments_are_the_same_on_both_paths(
        string connection, string type, string fields)
    {
        await using var store = await TestStore.CreateDemoAsync(CatalogueProvider.Sqlite);
        await using var factory = new GatewayFactory(store);
        var client = new GraphClient(factory.CreateClient());
        var (parents, parent, nested) = await ShapeAsync(store, connection);
        string[] selections =
        [
            $"totalCount pageInfo {{ hasNextPage hasPreviousPage }} nodes {{ {fields} }}",
            $"pageInfo {{ ...Ends }} nodes {{ {fields} }}",
            $"edges {{ node {{ {fields} }} }} ... on {type} {{ x: edges {{ cursor }} }}",
        ];

        foreach (var selection in selections)
        {
            var fragment = selection.Contains("...Ends", StringComparison.Ordinal)
                ? " fragment Ends on PageInfo { endCursor hasNextPage }"
                : "";
            await AssertSameAsync(client,
                $"{{ {parents}(first: 12) {{ nodes {{ databaseId {nested}(ARGS) {{ {selection} }} }} }} }}" + fragment,
                "first: 3");
            var one = await AssertSameAsync(client,
                $"{{ {parent} {{ {nested}(ARGS) {{ {selection} }} }} }}" + fragment, "first: 3");
            if (fragment.Length > 0)
            {
                var info = one.EnumerateObject().First().Value.GetProperty(nested).GetProperty("pageInfo");
                Assert.True(info.GetProperty("hasNextPage").GetBoolean());
                var cursor = info.GetProperty("endCursor").GetString();
                Assert.False(string.IsNullOrEmpty(cursor));
                await AssertSameAsync(client, $"{{ {parent} {{ {nested}(ARGS) {{ nodes {{ {fields} }} }} }} }}",
                    $"first: 3, after: \"{cursor}\"");
            }
        }
    }

    private static string Selection(string fields) =>
        "totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } "
        + $"edges {{ cursor node {{ {fields} }} }}";

    /// <summary>
    /// The list of parents, the parent with the most rows (so that its pages are full), and the nested
    /// field, for a connection.
    /// </summary>
    private static async Task<(string Parents, string Parent, string Nested)> ShapeAsync(TestStore store,
        string connection)
    {
        await using var db = store.CreateContext();
        return connection switch
        {
            "participants" => ("packages", $"package(slug: \"{await db.Packages
                .OrderByDescending(p => p.PackageParticipants.Count).ThenBy(p => p.Id)
                .Select(p => p.Slug).FirstAsync()}\")", "participants"),
            "grids" => ("packages", $"package(slug: \"{await db.Packages
                .OrderByDescending(p => p.GridPackages.Count).ThenBy(p => p.Id)
                .Select(p => p.Slug).FirstAsync()}\")", "grids"),
            "gridPackages" => ("grids", $"grid(slug: \"{await db.Grids
                .OrderByDescending(g => g.GridPackages.Count).ThenBy(g => g.Id)
                .Select(g => g.Slug).FirstAsync()}\")", "packages"),
            "categoryPackages" => ("categories", $"category(slug: \"{await db.Categories
                .OrderByDescending(c => c.Packages.Count).ThenBy(c => c.Id)
                .Select(c => c.Slug).FirstAsync()}\")", "packages"),
            "features" => ("grids", $"grid(slug: \"{await db.Grids
                .OrderByDescending(g => g.Features.Count).ThenBy(g => g.Id)
                .Select(g => g.Slug).FirstAsync()}\")", "features"),
            _ => throw new ArgumentOutOfRangeException(nameof(connection)),
        };
    }

    /// <summary>
    /// Sends <paramref name="query"/> with <paramref name="arguments"/> once as it is and once with a filter
    /// every row passes; asserts the data are equal and returns them.
    /// </summary>
    private static async Task<JsonElement> AssertSameAsync(GraphClient client, string query, string arguments)
    {
        var bySql = await client.DataAsync(query.Replace("ARGS", arguments, StringComparison.Ordinal));
        var byLinq = await client.DataAsync(query.Replace("ARGS", arguments + ", " + All, StringComparison.Ordinal));
        Assert.Equal(byLinq.GetRawText(), bySql.GetRawText());
        return bySql;
    }
}
