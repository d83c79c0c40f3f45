using System.Data.Common;
using Gateway.Data;
using Gateway.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Tests.Editing;

public sealed class AtomicityTests
{
    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task DeleteGrid_failing_midway_leaves_the_store_as_it_was(CatalogueProvider provider)
    {
        // A real fault inside EF: the second DELETE the gateway sends fails, after the cells are gone.
        var fault = new FailingDeleteInterceptor(failOnDelete: 2);
        await using var host = await EditingHost.StartAsync(provider,
            services => services.AddSingleton<IInterceptor>(fault));
        var category = await host.AddCategoryAsync("apps");
        var a = await host.AddPackageAsync(category.Id, "a");
        var b = await host.AddPackageAsync(category.Id, "b");
        var grid = await host.AddGridAsync("grid", [a.Id, b.Id], features: 3);
        var before = await SnapshotAsync(host.Store);

        var answer = await host.PostAsync(
            "mutation($input: DeleteGridInput!) { deleteGrid(input: $input) { grid { id } } }",
            new { input = new { id = EditingHost.Id("Grid", grid.Id), version = 1 } },
            host.EditorToken);

        Assert.Equal(2, fault.Deletes);
        Assert.NotEmpty(answer["errors"]!.AsArray());
        Assert.Equal(before, await SnapshotAsync(host.Store));
        Assert.Equal(6, before.Elements);
    }

    private static async Task<(int Grids, int Features, int Elements, int Memberships, int Version)> SnapshotAsync(
        TestStore store)
    {
        await using var db = store.CreateContext();
        return (await db.Grids.CountAsync(), await db.Features.CountAsync(), await db.Elements.CountAsync(),
            await db.GridPackages.CountAsync(), await db.Grids.SumAsync(g => g.Version));
    }

    /// <summary>Throws instead of running the <c>n</c>th DELETE statement, as a failing store would.</summary>
    private sealed class FailingDeleteInterceptor(int failOnDelete) : DbCommandInterceptor
    {
        private int deletes;

        public int Deletes => deletes;

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command,
            CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            if (command.CommandText.TrimStart().StartsWith("DELETE", StringComparison.OrdinalIgnoreCase)
                && Interlocked.Increment(ref deletes) == failOnDelete)
            {
                throw new InvalidOperationException("Injected fault: the store went away mid-way.");
            }

            return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}
