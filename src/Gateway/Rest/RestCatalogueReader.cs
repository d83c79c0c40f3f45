using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using Gateway.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Gateway.Rest;

/// <summary>
/// Reads for the v4 shim through EF Core compiled queries on one pooled context and one open connection
/// per request: a list page is its count, its rows ordered by descending id (<c>LIMIT</c>/<c>OFFSET</c>),
/// then each relation of the whole page as one statement that selects the page's ids again in SQL; an
/// object by id or slug is its row, then each relation by the row's id.
/// </summary>
/// <remarks>
/// Note: the shim's requests are fixed shapes, so each query is compiled once per model
/// (<see cref="EF.CompileAsyncQuery{TContext, TResult}(System.Linq.Expressions.Expression{Func{TContext, TResult}})"/>)
/// instead of going through EF Core's per-call expression walk and cache lookup, which issue 9's profile
/// put at about a quarter of a REST read's CPU; and one connection serves every statement of a request
/// instead of each data loader renting its own context and connection.
/// </remarks>
internal sealed class RestCatalogueReader(IDbContextFactory<CatalogueDbContext> contexts) : IRestCatalogueReader
{
    private static readonly ConditionalWeakTable<IModel, Queries> QueriesByModel = new();

    /// <summary>The package columns the v4 serializer writes (16 of 26), the others left at their defaults.</summary>
    private static readonly Expression<Func<Package, Package>> V4Columns = p => new Package
    {
        Id = p.Id,
        CategoryId = p.CategoryId,
        Title = p.Title,
        Slug = p.Slug,
        LastUpdated = p.LastUpdated,
        LastFetched = p.LastFetched,
        RepoUrl = p.RepoUrl,
        PypiVersion = p.PypiVersion,
        Created = p.Created,
        Modified = p.Modified,
        RepoForks = p.RepoForks,
        RepoDescription = p.RepoDescription,
        PypiUrl = p.PypiUrl,
        DocumentationUrl = p.DocumentationUrl,
        RepoWatchers = p.RepoWatchers,
        CommitsOver52 = p.CommitsOver52,
    };

    public Task<RestPage<RestPackage>> ReadPackagesAsync(int offset, int limit, CancellationToken cancellationToken) =>
        WithConnectionAsync(async (db, queries) =>
        {
            var count = await queries.CountPackages(db, cancellationToken);
            if (offset >= count)
            {
                return new RestPage<RestPackage>(count, []);
            }

            var rows = await ToListAsync(queries.PackagesPage(db, offset, limit), cancellationToken);
            var grids = (await ToListAsync(queries.GridsOfPackagesPage(db, offset, limit), cancellationToken))
                .ToLookup(m => m.PackageId, m => m.GridId);
            var logins = (await ToListAsync(queries.LoginsOfPackagesPage(db, offset, limit), cancellationToken))
                .ToLookup(l => l.PackageId, l => l.Value);
            return new RestPage<RestPackage>(count,
                [.. rows.Select(row => new RestPackage(row, [.. grids[row.Id]], [.. logins[row.Id]]))]);
        }, cancellationToken);

    public Task<RestPackage?> FindPackageAsync(RestLookup lookup, CancellationToken cancellationToken) =>
        WithConnectionAsync(async (db, queries) =>
        {
            var row = lookup.Id is { } id
                ? await queries.PackageById(db, id, cancellationToken)
                : await queries.PackageBySlug(db, lookup.Slug!, cancellationToken);
            if (row is null)
            {
                return null;
            }

            var grids = await ToListAsync(queries.GridsOfPackage(db, row.Id), cancellationToken);
            var logins = await ToListAsync(queries.LoginsOfPackage(db, row.Id), cancellationToken);
            return new RestPackage(row, grids, logins);
        }, cancellationToken);

    public Task<RestPage<RestGrid>> ReadGridsAsync(int offset, int limit, CancellationToken cancellationToken) =>
        WithConnectionAsync(async (db, queries) =>
        {
            var count = await queries.CountGrids(db, cancellationToken);
            if (offset >= count)
            {
                return new RestPage<RestGrid>(count, []);
            }

            var rows = await ToListAsync(queries.GridsPage(db, offset, limit), cancellationToken);
            var members = InSiteOrder(
                await ToListAsync(queries.PackagesOfGridsPage(db, offset, limit), cancellationToken));
            return new RestPage<RestGrid>(count, [.. rows.Select(row => new RestGrid(row, [.. members[row.Id]]))]);
        }, cancellationToken);

    public Task<RestGrid?> FindGridAsync(RestLookup lookup, CancellationToken cancellationToken) =>
        WithConnectionAsync(async (db, queries) =>
        {
            var row = lookup.Id is { } id
                ? await queries.GridById(db, id, cancellationToken)
                : await queries.GridBySlug(db, lookup.Slug!, cancellationToken);
            if (row is null)
            {
                return null;
            }

            var members = InSiteOrder(await ToListAsync(queries.PackagesOfGrid(db, row.Id), cancellationToken));
            return new RestGrid(row, [.. members[row.Id]]);
        }, cancellationToken);

    public Task<RestPage<Category>> ReadCategoriesAsync(int offset, int limit, CancellationToken cancellationToken) =>
        WithConnectionAsync(async (db, queries) =>
        {
            var count = await queries.CountCategories(db, cancellationToken);
            return offset >= count
                ? new RestPage<Category>(count, [])
                : new RestPage<Category>(
                    count, await ToListAsync(queries.CategoriesPage(db, offset, limit), cancellationToken));
        }, cancellationToken);

    public Task<Category?> FindCategoryAsync(RestLookup lookup, CancellationToken cancellationToken) =>
        WithConnectionAsync(
            (db, queries) => queries.CategoryById(db, lookup.Id!.Value, cancellationToken), cancellationToken);

    /// <summary>Runs <paramref name="read"/> on a pooled context whose connection stays open throughout.</summary>
    private async Task<T> WithConnectionAsync<T>(
        Func<CatalogueDbContext, Queries, Task<T>> read, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var queries = QueriesByModel.GetValue(db.Model, static _ => new Queries());
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            return await read(db, queries);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> rows, CancellationToken cancellationToken)
    {
        var list = new List<T>();
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            list.Add(row);
        }

        return list;
    }

    /// <summary>
    /// A grid's package ids as the site lists them: by package title (the package model's default ordering,
    /// which Django applies to the prefetched many-to-many), then by id; sorted here with ordinal comparison so
    /// that both stores agree whatever their collations.
    /// </summary>
    private static ILookup<int, int> InSiteOrder(List<Member> members) => members
        .OrderBy(m => m.Title, StringComparer.Ordinal)
        .ThenBy(m => m.PackageId)
        .ToLookup(m => m.GridId, m => m.PackageId);

    /// <summary>
    /// The compiled queries of one model. EF Core binds a compiled query to the model it first ran with, and a
    /// process can hold both stores' models (the tests do), so each model gets its own set.
    /// </summary>
    private sealed class Queries
    {
        public readonly Func<CatalogueDbContext, CancellationToken, Task<int>> CountPackages =
            EF.CompileAsyncQuery((CatalogueDbContext db, CancellationToken ct) => db.Packages.Count());

        public readonly Func<CatalogueDbContext, int, int, IAsyncEnumerable<Package>> PackagesPage =
            EF.CompileAsyncQuery((CatalogueDbContext db, int offset, int limit) =>
                db.Packages.OrderByDescending(p => p.Id).Skip(offset).Take(limit).Select(V4Columns));

        public readonly Func<CatalogueDbContext, int, int, IAsyncEnumerable<Membership>> GridsOfPackagesPage =
            EF.CompileAsyncQuery((CatalogueDbContext db, int offset, int limit) => db.GridPackages
                .Where(gp => db.Packages.OrderByDescending(p => p.Id).Skip(offset).Take(limit)
                    .Select(p => p.Id).Contains(gp.PackageId))
                .OrderBy(gp => gp.Id)
                .Select(gp => new Membership(gp.PackageId, gp.GridId)));

        public readonly Func<CatalogueDbContext, int, int, IAsyncEnumerable<Login>> LoginsOfPackagesPage =
            EF.CompileAsyncQuery((CatalogueDbContext db, int offset, int limit) => db.PackageParticipants
                .Where(pp => db.Packages.OrderByDescending(p => p.Id).Skip(offset).Take(limit)
                    .Select(p => p.Id).Contains(pp.PackageId))
                .OrderBy(pp => pp.PackageId)
                .ThenBy(pp => pp.Position)
                .Select(pp => new Login(pp.PackageId, pp.Participant!.Login)));

        public readonly Func<CatalogueDbContext, int, CancellationToken, Task<Package?>> PackageById =
            EF.CompileAsyncQuery((CatalogueDbContext db, int id, CancellationToken ct) =>
                db.Packages.Where(p => p.Id == id).Select(V4Columns).FirstOrDefault());

        public readonly Func<CatalogueDbContext, string, CancellationToken, Task<Package?>> PackageBySlug =
            EF.CompileAsyncQuery((CatalogueDbContext db, string slug, CancellationToken ct) =>
                db.Packages.Where(p => p.Slug == slug).Select(V4Columns).FirstOrDefault());

        public readonly Func<CatalogueDbContext, int, IAsyncEnumerable<int>> GridsOfPackage =
            EF.CompileAsyncQuery((CatalogueDbContext db, int id) => db.GridPackages
                .Where(gp => gp.PackageId == id)
                .OrderBy(gp => gp.Id)
                .Select(gp => gp.GridId));

        public readonly Func<CatalogueDbContext, int, IAsyncEnumerable<string>> LoginsOfPackage =
            EF.CompileAsyncQuery((CatalogueDbContext db, int id) => db.PackageParticipants
                .Where(pp => pp.PackageId == id)
                .OrderBy(pp => pp.Position)
                .Select(pp => pp.Participant!.Login));

        public readonly Func<CatalogueDbContext, CancellationToken, Task<int>> CountGrids =
            EF.CompileAsyncQuery((CatalogueDbContext db, CancellationToken ct) => db.Grids.Count());

        public readonly Func<CatalogueDbContext, int, int, IAsyncEnumerable<Grid>> GridsPage =
            EF.CompileAsyncQuery((CatalogueDbContext db, int offset, int limit) =>
                db.Grids.OrderByDescending(g => g.Id).Skip(offset).Take(limit));

        public readonly Func<CatalogueDbContext, int, int, IAsyncEnumerable<Member>> PackagesOfGridsPage =
            EF.CompileAsyncQuery((CatalogueDbContext db, int offset, int limit) => db.GridPackages
                .Where(gp => db.Grids.OrderByDescending(g => g.Id).Skip(offset).Take(limit)
                    .Select(g => g.Id).Contains(gp.GridId))
                .Select(gp => new Member(gp.GridId, gp.PackageId, gp.Package!.Title)));

        public readonly Func<CatalogueDbContext, int, CancellationToken, Task<Grid?>> GridById =
            EF.CompileAsyncQuery((CatalogueDbContext db, int id, CancellationToken ct) =>
                db.Grids.FirstOrDefault(g => g.Id == id));

        public readonly Func<CatalogueDbContext, string, CancellationToken, Task<Grid?>> GridBySlug =
            EF.CompileAsyncQuery((CatalogueDbContext db, string slug, CancellationToken ct) =>
                db.Grids.FirstOrDefault(g => g.Slug == slug));

        public readonly Func<CatalogueDbContext, int, IAsyncEnumerable<Member>> PackagesOfGrid =
            EF.CompileAsyncQuery((CatalogueDbContext db, int id) => db.GridPackages
                .Where(gp => gp.GridId == id)
                .Select(gp => new Member(gp.GridId, gp.PackageId, gp.Package!.Title)));

        public readonly Func<CatalogueDbContext, CancellationToken, Task<int>> CountCategories =
            EF.CompileAsyncQuery((CatalogueDbContext db, CancellationToken ct) => db.Categories.Count());

        public readonly Func<CatalogueDbContext, int, int, IAsyncEnumerable<Category>> CategoriesPage =
            EF.CompileAsyncQuery((CatalogueDbContext db, int offset, int limit) =>
                db.Categories.OrderByDescending(c => c.Id).Skip(offset).Take(limit));

        public readonly Func<CatalogueDbContext, int, CancellationToken, Task<Category?>> CategoryById =
            EF.CompileAsyncQuery((CatalogueDbContext db, int id, CancellationToken ct) =>
                db.Categories.FirstOrDefault(c => c.Id == id));
    }

    private sealed record Membership(int PackageId, int GridId);

    private sealed record Login(int PackageId, string Value);

    private sealed record Member(int GridId, int PackageId, string Title);
}
