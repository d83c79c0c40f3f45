using Gateway.Data;
using Gateway.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Tests.Data;

public sealed class SqliteConcurrentWritesTests
{
    private const int Writers = 32;
    private const int WritesEach = 10;

    [Fact]
    public async Task Thirty_two_concurrent_writers_lose_nothing_and_never_see_a_locked_database()
    {
        await using var store = await TestStore.CreateAsync(CatalogueProvider.Sqlite);
        var now = DateTime.UtcNow;
        await using (var db = store.CreateContext())
        {
            db.Categories.Add(new Category { Id = 1, Title = "Counter", Slug = "counter", Created = now, Modified = now });
            await db.SaveChangesAsync();
        }

        // Each writer inserts rows and, in one transaction each time, reads then bumps a shared counter:
        // the read-then-write is where a deferred transaction would fail with "database is locked".
        var writers = Enumerable.Range(0, Writers).Select(writer => Task.Run(async () =>
        {
            for (var i = 0; i < WritesEach; i++)
            {
                await using var db = store.CreateContext();
                await using var transaction = await db.Database.BeginTransactionAsync();
                var counter = await db.Categories.AsTracking().SingleAsync(c => c.Id == 1);
                counter.Version++;
                db.Categories.Add(new Category
                {
                    Title = $"w{writer}-{i}",
                    Slug = $"w{writer}-{i}",
                    Created = now,
                    Modified = now,
                });
                await db.SaveChangesAsync();
                await transaction.CommitAsync();
            }
        }));

        await Task.WhenAll(writers);

        await using var check = store.CreateContext();
        Assert.Equal(Writers * WritesEach, await check.Categories.CountAsync(c => c.Id != 1));
        var final = await check.Categories.SingleAsync(c => c.Id == 1);
        Assert.Equal(1 + (Writers * WritesEach), final.Version);
    }
}
