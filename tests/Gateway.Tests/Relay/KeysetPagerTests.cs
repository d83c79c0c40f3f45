using System.Linq.Expressions;
using Gateway.Data;
using Gateway.Relay;
using Gateway.Tests.Graph;
using Gateway.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Tests.Relay;

/// <summary>
/// The paging engine under orders with nullable keys, walked with cursors in both directions, on both
/// stores (which disagree on where NULL sorts unless told).
/// </summary>
public sealed class KeysetPagerTests
{
    public static TheoryData<CatalogueProvider, string> Orders()
    {
        var data = new TheoryData<CatalogueProvider, string>();
        foreach (var provider in new[] { CatalogueProvider.Sqlite, CatalogueProvider.Postgres })
        {
            foreach (var order in Specs.Keys)
            {
                data.Add(provider, order);
            }
        }

        return data;
    }

    private static readonly Dictionary<string,
        (SortSpec<Package> Spec, Func<IEnumerable<Package>, IOrderedEnumerable<Package>> Sort)> Specs = new()
        {
            ["lastUpdated desc, nulls first"] = (
                new SortSpec<Package>().ThenBy("lastUpdated", p => p.LastUpdated, SortDirection.Descending,
                    NullsPlacement.First),
                ps => ps.OrderBy(p => p.LastUpdated is null ? 0 : 1).ThenByDescending(p => p.LastUpdated)),
            ["lastUpdated asc, nulls last"] = (
                new SortSpec<Package>().ThenBy("lastUpdated", p => p.LastUpdated),
                ps => ps.OrderBy(p => p.LastUpdated is null ? 1 : 0).ThenBy(p => p.LastUpdated)),
            ["pypiVersion desc, nulls last; score asc"] = (
                new SortSpec<Package>()
                    .ThenBy("pypiVersion", p => p.PypiVersion, SortDirection.Descending)
                    .ThenBy("score", p => p.Score),
                ps => ps.OrderBy(p => p.PypiVersion is null ? 1 : 0)
                    .ThenByDescending(p => p.PypiVersion, StringComparer.Ordinal)
                    .ThenBy(p => p.Score)),
            ["supportsPython3 asc, nulls first; title desc"] = (
                new SortSpec<Package>()
                    .ThenBy("supportsPython3", p => p.SupportsPython3, SortDirection.Ascending, NullsPlacement.First)
                    .ThenBy("title", p => p.Title, SortDirection.Descending),
                ps => ps.OrderBy(p => p.SupportsPython3 is null ? 0 : 1)
                    .ThenBy(p => p.SupportsPython3)
                    .ThenByDescending(p => p.Title, StringComparer.Ordinal)),
            ["categoryId asc (ties broken by id)"] = (
                new SortSpec<Package>().ThenBy("category", p => p.CategoryId),
                ps => ps.OrderBy(p => p.CategoryId)),
        };

    [Theory]
    [MemberData(nameof(Orders))]
    public async Task Walks_in_both_directions_visit_every_row_once_in_the_order(CatalogueProvider provider,
        string order)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await using (var db = store.CreateContext())
        {
            await TestCatalogue.WriteAsync(db, packages: 23);
        }

        var (spec, sort) = Specs[order];
        List<int> expected;
        await using (var db = store.CreateContext())
        {
            expected = sort(await db.Packages.ToListAsync()).ThenBy(p => p.Id).Select(p => p.Id).ToList();
        }

        var contexts = store.Services.GetRequiredService<IDbContextFactory<CatalogueDbContext>>();
        var query = new PageQuery<Package>(null, spec, p => p.Id);

        Assert.Equal(expected, await WalkAsync(contexts, query, forward: true));
        Assert.Equal(expected, await WalkAsync(contexts, query, forward: false));
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Filter_applies_to_pages_and_total_count(CatalogueProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await using (var db = store.CreateContext())
        {
            await TestCatalogue.WriteAsync(db, packages: 12);
        }

        var contexts = store.Services.GetRequiredService<IDbContextFactory<CatalogueDbContext>>();
        Expression<Func<Package, bool>> even = p => p.Id % 2 == 0;
        var query = new PageQuery<Package>(even, new SortSpec<Package>(), p => p.Id);

        var page = await KeysetPager.LoadAsync(contexts, db => db.Packages, query, p => p,
            PageRequest.Create(first: 4, after: null, last: null, before: null), CancellationToken.None);

        Assert.Equal([2, 4, 6, 8], page.Nodes.Cast<Package>().Select(p => p.Id));
        Assert.True(page.PageInfo.HasNextPage);
        Assert.Equal(6, await page.TotalCount().GetResultAsync());
    }

    [Fact]
    public async Task Cursor_made_under_one_order_is_refused_under_another()
    {
        await using var store = await TestStore.CreateAsync(CatalogueProvider.Sqlite);
        await using (var db = store.CreateContext())
        {
            await TestCatalogue.WriteAsync(db, packages: 5);
        }

        var contexts = store.Services.GetRequiredService<IDbContextFactory<CatalogueDbContext>>();
        var byTitle = new PageQuery<Package>(null, new SortSpec<Package>().ThenBy("title", p => p.Title), p => p.Id);
        var byId = new PageQuery<Package>(null, new SortSpec<Package>(), p => p.Id);
        var page = await KeysetPager.LoadAsync(contexts, db => db.Packages, byTitle, p => p,
            PageRequest.Create(2, null, null, null), CancellationToken.None);

        var error = await Assert.ThrowsAsync<Gateway.Graph.GatewayError>(() => KeysetPager.LoadAsync(contexts,
            db => db.Packages, byId, p => p, PageRequest.Create(2, page.PageInfo.EndCursor, null, null),
            CancellationToken.None));

        Assert.Equal("INVALID_CURSOR", error.Code);
    }

    private static async Task<List<int>> WalkAsync(IDbContextFactory<CatalogueDbContext> contexts,
        PageQuery<Package> query, bool forward)
    {
        var visited = new List<int>();
        string? cursor = null;
        while (true)
        {
            var request = forward
                ? PageRequest.Create(3, cursor, null, null)
                : PageRequest.Create(null, null, 3, cursor);
            var page = await KeysetPager.LoadAsync(contexts, db => db.Packages, query, p => p, request,
                CancellationToken.None);
            var ids = page.Nodes.Cast<Package>().Select(p => p.Id).ToList();
            if (forward)
            {
                visited.AddRange(ids);
            }
            else
            {
                visited.InsertRange(0, ids);
            }

            if (!(forward ? page.PageInfo.HasNextPage : page.PageInfo.HasPreviousPage))
            {
                return visited;
            }

            cursor = forward ? page.PageInfo.EndCursor : page.PageInfo.StartCursor;
        }
    }
}
