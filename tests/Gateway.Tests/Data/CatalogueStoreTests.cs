using Gateway.Data;
using Gateway.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Tests.Data;

public sealed class CatalogueStoreTests
{
    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Migrate_creates_every_table_and_round_trips_a_package(CatalogueProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var created = new DateTime(2025, 1, 22, 16, 6, 6, 693, 138, DateTimeKind.Utc);
        await using (var db = store.CreateContext())
        {
            db.Categories.Add(
                new Category { Id = 1, Title = "App", Slug = "apps", Created = created, Modified = created });
            db.Packages.Add(new Package
            {
                Id = 6045,
                Title = "django-multisite2",
                Slug = "django-multisite2",
                CategoryId = 1,
                RepoDescription = "Multisite in django — use one Django app to serve multiple domains",
                CommitsOver52 = [.. Enumerable.Range(0, 52)],
                Created = created,
                Modified = created,
            });
            await db.SaveChangesAsync();
        }

        await using var check = store.CreateContext();
        var package = await check.Packages.SingleAsync(p => p.Slug == "django-multisite2");
        Assert.Equal(created, package.Created);
        Assert.Equal(DateTimeKind.Utc, package.Created.Kind);
        Assert.Equal(Enumerable.Range(0, 52), package.CommitsOver52);
        Assert.Contains("—", package.RepoDescription, StringComparison.Ordinal);
        Assert.Empty(await check.Database.GetPendingMigrationsAsync());
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Duplicate_package_slug_is_refused_by_the_store(CatalogueProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var now = DateTime.UtcNow;
        await using var db = store.CreateContext();
        db.Categories.Add(new Category { Id = 1, Title = "App", Slug = "apps", Created = now, Modified = now });
        db.Packages.Add(
            new Package { Id = 1, Title = "a", Slug = "same", CategoryId = 1, Created = now, Modified = now });
        db.Packages.Add(
            new Package { Id = 2, Title = "b", Slug = "same", CategoryId = 1, Created = now, Modified = now });

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }
}
