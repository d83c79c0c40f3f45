using Gateway.Data;
using Gateway.Grids;
using Gateway.Observability;
using Gateway.Packages;
using Gateway.Tests.Graph;
using Gateway.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Tests.DataLoading;

/// <summary>The loaders used from plain C#, as the REST shim and mutations use them.</summary>
public sealed class DataLoaderTests : IAsyncLifetime
{
    private TestStore store = null!;

    public async Task InitializeAsync()
    {
        store = await TestStore.CreateAsync(CatalogueProvider.Sqlite);
        await using var db = store.CreateContext();
        await TestCatalogue.WriteAsync(db, packages: 6);
    }

    public async Task DisposeAsync() => await store.DisposeAsync();

    [Fact]
    public async Task Loads_queued_together_are_fetched_in_one_statement_and_cached()
    {
        var loader = new PackageByIdDataLoader(Contexts());
        using var tally = RequestTelemetry.Begin();

        var first = loader.Load(1);
        var second = loader.Load(2);
        var again = loader.Load(1);
        var one = await first.GetResultAsync();
        var two = await second.GetResultAsync();
        var cached = await again.GetResultAsync();
        var later = await loader.LoadAsync(2, CancellationToken.None);

        Assert.Equal(1, tally.SqlStatements);
        Assert.Equal("package-1", one!.Slug);
        Assert.Equal("package-2", two!.Slug);
        Assert.Same(one, cached);
        Assert.Same(two, later);
    }

    [Fact]
    public async Task Clear_makes_the_next_load_read_the_store_again()
    {
        var loader = new PackageByIdDataLoader(Contexts());
        using var tally = RequestTelemetry.Begin();
        var before = await loader.LoadAsync(3, CancellationToken.None);
        await using (var db = store.CreateContext())
        {
            await db.Packages.Where(p => p.Id == 3).ExecuteUpdateAsync(s => s.SetProperty(p => p.Title, "Renamed"));
        }

        var cached = await loader.LoadAsync(3, CancellationToken.None);
        loader.Clear(3);
        var fresh = await loader.LoadAsync(3, CancellationToken.None);

        Assert.Equal(before!.Title, cached!.Title);
        Assert.Equal("Renamed", fresh!.Title);
        Assert.Equal(3, tally.SqlStatements);
    }

    [Fact]
    public async Task Load_many_keeps_the_order_and_answers_null_for_missing_keys()
    {
        var loader = new PackageByIdDataLoader(Contexts());
        using var tally = RequestTelemetry.Begin();

        var packages = await loader.LoadManyAsync([5, 999, 4], CancellationToken.None);

        Assert.Equal([5, null, 4], packages.Select(p => p?.Id));
        Assert.Equal(1, tally.SqlStatements);
    }

    [Fact]
    public async Task Group_loader_answers_an_empty_list_for_keys_without_values()
    {
        var loader = new ElementsByFeatureIdDataLoader(Contexts());

        var groups = await loader.LoadManyAsync([1, 2], CancellationToken.None);

        Assert.Equal(["yes 3", "yes 2", "yes 1"], groups[0].Select(e => e.Text));
        Assert.Empty(groups[1]);
    }

    private IDbContextFactory<CatalogueDbContext> Contexts() =>
        store.Services.GetRequiredService<IDbContextFactory<CatalogueDbContext>>();
}
