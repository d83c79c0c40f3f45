using System.Globalization;
using Gateway.Data.Seeding;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Data.Import;

/// <summary>
/// One import inside its transaction: checks the dump against itself and the store, then writes only what
/// differs. Note: rows are compared field by field before they are touched, so a second import of the
/// same data writes nothing and bumps no <c>Version</c>.
/// </summary>
internal sealed class V4ImportRun(CatalogueDbContext db, V4Dump dump, DateTime now, Action<string>? progress)
{
    private readonly Dictionary<int, Category> _categories = [];
    private readonly Dictionary<int, Grid> _grids = [];
    private readonly Dictionary<int, Package> _packages = [];
    private readonly HashSet<object> _inserted = [];
    private readonly HashSet<object> _updated = [];
    private readonly CatalogueBulkWriter _writer = new(db);
    private int _participantsAdded;

    public async Task LoadAndCheckAsync(CancellationToken cancellationToken)
    {
        foreach (var category in await db.Categories.AsTracking().ToListAsync(cancellationToken))
        {
            _categories.Add(category.Id, category);
        }

        foreach (var grid in await db.Grids.AsTracking().ToListAsync(cancellationToken))
        {
            _grids.Add(grid.Id, grid);
        }

        foreach (var package in await db.Packages.AsTracking().ToListAsync(cancellationToken))
        {
            _packages.Add(package.Id, package);
        }

        CheckUnique(dump.Categories, c => c.Id, c => c.Slug, c => c.Location, "category",
            _categories.Values.Select(c => (c.Id, c.Slug)));
        CheckUnique(dump.Grids, g => g.Id, g => g.Slug, g => g.Location, "grid",
            _grids.Values.Select(g => (g.Id, g.Slug)));
        CheckUnique(dump.Packages, p => p.Id, p => p.Slug, p => p.Location, "package",
            _packages.Values.Select(p => (p.Id, p.Slug)));
        CheckUniqueRepoUrls();
        CheckLinks();
    }

    public async Task<ImportSummary> WriteAsync(CancellationToken cancellationToken)
    {
        var done = 0;
        var categories = new List<Category>();
        var grids = new List<Grid>();
        var packages = new List<Package>();
        foreach (var record in dump.Categories)
        {
            Upsert(_categories, categories, record.Id, c => Apply(c, record));
            Report(++done, "categories, grids and packages compared");
        }

        foreach (var record in dump.Grids)
        {
            Upsert(_grids, grids, record.Id, g => Apply(g, record));
            Report(++done, "categories, grids and packages compared");
        }

        foreach (var record in dump.Packages)
        {
            Upsert(_packages, packages, record.Id, p => Apply(p, record));
            Report(++done, "categories, grids and packages compared");
        }

        // Changes to stored rows first: a stored row may give up a slug that a new row takes.
        await SaveAsync(cancellationToken);
        await _writer.InsertAsync(categories, cancellationToken);
        await _writer.InsertAsync(grids, cancellationToken);
        await _writer.InsertAsync(packages, cancellationToken);
        await WriteParticipantsAsync(cancellationToken);
        await WriteMembershipsAsync(cancellationToken);
        await SaveAsync(cancellationToken);

        var unchanged = dump.Count - _inserted.Count - _updated.Count;
        return new ImportSummary(_inserted.Count, _updated.Count, unchanged, _participantsAdded);
    }

    /// <summary>Inserts a new row, or applies the record to the stored one and bumps it when that changed it.</summary>
    private void Upsert<T>(Dictionary<int, T> rows, List<T> fresh, int id, Func<T, bool> apply)
        where T : class, new()
    {
        if (rows.TryGetValue(id, out var row))
        {
            if (apply(row))
            {
                Bump(row);
            }

            return;
        }

        row = new T();
        apply(row);
        rows.Add(id, row);
        fresh.Add(row);
        _inserted.Add(row);
    }

    /// <summary>Counts an edit of a stored row once, and moves its concurrency token on once.</summary>
    private void Bump(object row)
    {
        if (_inserted.Contains(row) || !_updated.Add(row))
        {
            return;
        }

        switch (row)
        {
            case Category category:
                category.Version++;
                category.ModifiedBy = null;
                break;
            case Grid grid:
                grid.Version++;
                grid.ModifiedBy = null;
                break;
            case Package package:
                package.Version++;
                package.ModifiedBy = null;
                break;
        }
    }

    private static bool Apply(Category row, V4Category record)
    {
        if (row.Id == record.Id && row.Title == record.Title && row.Slug == record.Slug
            && row.Description == record.Description && row.TitlePlural == record.TitlePlural
            && row.ShowPypi == record.ShowPypi && row.Created == record.Created && row.Modified == record.Modified)
        {
            return false;
        }

        row.Id = record.Id;
        row.Title = record.Title;
        row.Slug = record.Slug;
        row.Description = record.Description;
        row.TitlePlural = record.TitlePlural;
        row.ShowPypi = record.ShowPypi;
        row.Created = record.Created;
        row.Modified = record.Modified;
        return true;
    }

    private static bool Apply(Grid row, V4Grid record)
    {
        if (row.Id == record.Id && row.Title == record.Title && row.Slug == record.Slug
            && row.Description == record.Description && row.IsLocked == record.IsLocked
            && row.Header == record.Header && row.Created == record.Created && row.Modified == record.Modified)
        {
            return false;
        }

        row.Id = record.Id;
        row.Title = record.Title;
        row.Slug = record.Slug;
        row.Description = record.Description;
        row.IsLocked = record.IsLocked;
        row.Header = record.Header;
        row.Created = record.Created;
        row.Modified = record.Modified;
        return true;
    }

    private static bool Apply(Package row, V4Package record)
    {
        if (row.Id == record.Id && row.CategoryId == record.CategoryId && row.Title == record.Title
            && row.Slug == record.Slug && row.LastUpdated == record.LastUpdated
            && row.LastFetched == record.LastFetched && row.RepoUrl == record.RepoUrl
            && row.PypiVersion == record.PypiVersion && row.Created == record.Created
            && row.Modified == record.Modified && row.RepoForks == record.RepoForks
            && row.RepoDescription == record.RepoDescription && row.PypiUrl == record.PypiUrl
            && row.DocumentationUrl == record.DocumentationUrl && row.RepoWatchers == record.RepoWatchers
            && row.CommitsOver52.SequenceEqual(record.CommitsOver52))
        {
            return false;
        }

        row.Id = record.Id;
        row.CategoryId = record.CategoryId;
        row.Title = record.Title;
        row.Slug = record.Slug;
        row.LastUpdated = record.LastUpdated;
        row.LastFetched = record.LastFetched;
        row.RepoUrl = record.RepoUrl;
        row.PypiVersion = record.PypiVersion;
        row.Created = record.Created;
        row.Modified = record.Modified;
        row.RepoForks = record.RepoForks;
        row.RepoDescription = record.RepoDescription;
        row.PypiUrl = record.PypiUrl;
        row.DocumentationUrl = record.DocumentationUrl;
        row.RepoWatchers = record.RepoWatchers;
        row.CommitsOver52 = [.. record.CommitsOver52];
        row.CommitCount = record.CommitsOver52.Sum();
        return true;
    }

    /// <summary>Adds unknown logins, then replaces each package's list where it differs, keeping v4's order.</summary>
    private async Task WriteParticipantsAsync(CancellationToken cancellationToken)
    {
        var ids = await db.Participants
            .ToDictionaryAsync(p => p.Login, p => p.Id, StringComparer.Ordinal, cancellationToken);
        var nextId = ids.Count == 0 ? 1 : await db.Participants.MaxAsync(p => p.Id, cancellationToken) + 1;
        var participants = new List<Participant>();
        foreach (var login in dump.Packages.SelectMany(p => p.Participants))
        {
            if (ids.TryAdd(login, nextId))
            {
                participants.Add(new Participant { Id = nextId++, Login = login });
            }
        }

        _participantsAdded = participants.Count;
        await _writer.InsertAsync(participants, cancellationToken);

        var stored = (await db.PackageParticipants.ToListAsync(cancellationToken))
            .ToLookup(pp => pp.PackageId);
        var replaced = new List<int>();
        var lists = new List<PackageParticipant>();
        foreach (var record in dump.Packages)
        {
            var wanted = record.Participants.Select(login => ids[login]).ToList();
            var current = stored[record.Id].OrderBy(pp => pp.Position).Select(pp => pp.ParticipantId);
            if (current.SequenceEqual(wanted))
            {
                continue;
            }

            replaced.Add(record.Id);
            Bump(_packages[record.Id]);
            for (var position = 0; position < wanted.Count; position++)
            {
                lists.Add(new PackageParticipant
                {
                    PackageId = record.Id,
                    ParticipantId = wanted[position],
                    Position = position,
                });
            }
        }

        // Old lists go first, in one statement, so that the new rows never meet their keys or positions.
        await db.PackageParticipants
            .Where(pp => replaced.Contains(pp.PackageId))
            .ExecuteDeleteAsync(cancellationToken);
        await _writer.InsertAsync(lists, cancellationToken);
    }

    /// <summary>
    /// Makes grid memberships follow the dump. An imported grid's <c>packages</c> list is authoritative and
    /// gives the order; an imported package's <c>grids</c> list speaks for the grids that were not imported.
    /// </summary>
    private async Task WriteMembershipsAsync(CancellationToken cancellationToken)
    {
        var stored = await db.GridPackages.OrderBy(gp => gp.Id).ToListAsync(cancellationToken);
        var nextId = stored.Count == 0 ? 1 : stored.Max(gp => gp.Id) + 1;
        var byGrid = stored.ToLookup(gp => gp.GridId);
        var removed = new List<GridPackage>();
        var added = new List<GridPackage>();

        foreach (var record in dump.Grids)
        {
            var current = byGrid[record.Id].ToList();
            var kept = current.Zip(record.PackageIds).TakeWhile(pair => pair.First.PackageId == pair.Second).Count();
            if (kept == current.Count && kept == record.PackageIds.Count)
            {
                continue;
            }

            // Membership order is the order of row ids, so everything after the common start is rewritten.
            removed.AddRange(current.Skip(kept));
            added.AddRange(record.PackageIds.Skip(kept).Select(id => Member(record.Id, id)));
            Bump(_grids[record.Id]);
        }

        var importedGrids = dump.Grids.Select(g => g.Id).ToHashSet();
        var byPackage = stored.ToLookup(gp => gp.PackageId);
        foreach (var record in dump.Packages)
        {
            var elsewhere = byPackage[record.Id].Where(gp => !importedGrids.Contains(gp.GridId)).ToList();
            removed.AddRange(elsewhere.Where(gp => !record.GridIds.Contains(gp.GridId)));
            added.AddRange(record.GridIds
                .Where(id => !importedGrids.Contains(id) && elsewhere.All(gp => gp.GridId != id))
                .Select(id => Member(id, record.Id)));
        }

        foreach (var membership in InJoiningOrder(added))
        {
            membership.Id = nextId++;
        }

        await DeleteMembershipsAsync(removed, added, cancellationToken);
        await _writer.InsertAsync(added, cancellationToken);
    }

    /// <summary>
    /// Orders new memberships so that their ids follow each package's <c>grids</c> list and, as far as that
    /// allows, each grid's <c>packages</c> list. Note: the site numbers memberships as packages join grids
    /// and lists a package's grids in that order, so the package lists bind; a grid's list may be sorted
    /// otherwise (by title), so where it contradicts them it gives way. This is a topological sort, ties
    /// broken in reading order.
    /// </summary>
    private List<GridPackage> InJoiningOrder(List<GridPackage> added)
    {
        var index = added.Select((m, i) => (m, i)).ToDictionary(x => (x.m.GridId, x.m.PackageId), x => x.i);
        var after = added.Select(_ => new List<(int Node, bool Binding)>()).ToArray();
        var waitingOnPackage = new int[added.Count];
        var waitingOnGrid = new int[added.Count];
        foreach (var chain in added.Select((m, i) => (m, i)).GroupBy(x => x.m.GridId))
        {
            foreach (var (first, second) in chain.Zip(chain.Skip(1)))
            {
                after[first.i].Add((second.i, false));
                waitingOnGrid[second.i]++;
            }
        }

        foreach (var record in dump.Packages)
        {
            var chain = record.GridIds
                .Select(g => index.TryGetValue((g, record.Id), out var i) ? i : -1)
                .Where(i => i >= 0)
                .ToList();
            foreach (var (first, second) in chain.Zip(chain.Skip(1)))
            {
                after[first].Add((second, true));
                waitingOnPackage[second]++;
            }
        }

        var ready = new PriorityQueue<int, int>();
        var placed = new bool[added.Count];
        var ordered = new List<GridPackage>(added.Count);
        for (var i = 0; i < added.Count; i++)
        {
            if (waitingOnPackage[i] == 0 && waitingOnGrid[i] == 0)
            {
                ready.Enqueue(i, i);
            }
        }

        while (ordered.Count < added.Count)
        {
            if (!ready.TryDequeue(out var next, out _))
            {
                // Only grid lists block what is left: the first row free of its package's list goes next.
                next = Enumerable.Range(0, added.Count).First(i => !placed[i] && waitingOnPackage[i] == 0);
            }

            if (placed[next])
            {
                continue;
            }

            placed[next] = true;
            ordered.Add(added[next]);
            foreach (var (later, binding) in after[next])
            {
                _ = binding ? --waitingOnPackage[later] : --waitingOnGrid[later];
                if (!placed[later] && waitingOnPackage[later] == 0 && waitingOnGrid[later] == 0)
                {
                    ready.Enqueue(later, later);
                }
            }
        }

        return ordered;
    }

    private GridPackage Member(int gridId, int packageId) =>
        new() { GridId = gridId, PackageId = packageId, Created = now, Modified = now };

    /// <summary>Deletes memberships, and the cells of packages that really left a grid.</summary>
    private async Task DeleteMembershipsAsync(
        List<GridPackage> removed, List<GridPackage> added, CancellationToken cancellationToken)
    {
        var rowIds = removed.Select(gp => gp.Id).ToList();
        await db.GridPackages.Where(gp => rowIds.Contains(gp.Id)).ExecuteDeleteAsync(cancellationToken);

        var stays = added.Select(gp => (gp.GridId, gp.PackageId)).ToHashSet();
        foreach (var gone in removed.Where(gp => !stays.Contains((gp.GridId, gp.PackageId))))
        {
            await db.Elements
                .Where(e => e.PackageId == gone.PackageId && e.Feature!.GridId == gone.GridId)
                .ExecuteDeleteAsync(cancellationToken);
        }
    }

    private async Task SaveAsync(CancellationToken cancellationToken)
    {
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(cancellationToken);
    }

    private void Report(int done, string what)
    {
        if (done % V4Importer.ProgressEvery == 0 || done == dump.Count)
        {
            progress?.Invoke(string.Create(CultureInfo.InvariantCulture, $"{done} of {dump.Count} {what}"));
        }
    }

    /// <summary>Ids must not repeat in the dump; slugs neither in the dump nor in other stored rows.</summary>
    private static void CheckUnique<T>(
        List<T> records,
        Func<T, int> id,
        Func<T, string> slug,
        Func<T, V4Location> location,
        string noun,
        IEnumerable<(int Id, string Slug)> stored)
    {
        var byId = new Dictionary<int, V4Location>();
        var bySlug = new Dictionary<string, (int Id, V4Location? Location)>(StringComparer.Ordinal);
        foreach (var record in records)
        {
            if (!byId.TryAdd(id(record), location(record)))
            {
                throw Duplicate("duplicate_id", location(record), "id", $"{noun} {id(record)}", byId[id(record)]);
            }

            if (bySlug.TryGetValue(slug(record), out var first))
            {
                throw Duplicate("duplicate_slug", location(record), "slug", $"\"{slug(record)}\"", first.Location);
            }

            bySlug.Add(slug(record), (id(record), location(record)));
        }

        foreach (var (storedId, storedSlug) in stored.Where(s => !byId.ContainsKey(s.Id)))
        {
            if (bySlug.TryGetValue(storedSlug, out var clash))
            {
                throw new V4ImportException("duplicate_slug", clash.Location!.Origin, clash.Location, "slug",
                    $"\"{storedSlug}\" already belongs to {noun} {storedId} in the store");
            }
        }
    }

    private void CheckUniqueRepoUrls()
    {
        var imported = dump.Packages.Select(p => p.Id).ToHashSet();
        var byUrl = new Dictionary<string, V4Location>(StringComparer.Ordinal);
        foreach (var record in dump.Packages.Where(p => p.RepoUrl.Length > 0))
        {
            if (!byUrl.TryAdd(record.RepoUrl, record.Location))
            {
                throw Duplicate("duplicate_repo_url", record.Location, "repo_url", $"\"{record.RepoUrl}\"",
                    byUrl[record.RepoUrl]);
            }
        }

        foreach (var package in _packages.Values.Where(p => p.RepoUrl.Length > 0 && !imported.Contains(p.Id)))
        {
            if (byUrl.TryGetValue(package.RepoUrl, out var clash))
            {
                throw new V4ImportException("duplicate_repo_url", clash.Origin, clash, "repo_url",
                    $"\"{package.RepoUrl}\" already belongs to package {package.Id} in the store");
            }
        }
    }

    private void CheckLinks()
    {
        var categories = dump.Categories.Select(c => c.Id).Concat(_categories.Keys).ToHashSet();
        var grids = dump.Grids.Select(g => g.Id).Concat(_grids.Keys).ToHashSet();
        var packages = dump.Packages.Select(p => p.Id).Concat(_packages.Keys).ToHashSet();
        foreach (var record in dump.Packages)
        {
            if (!categories.Contains(record.CategoryId))
            {
                throw Dangling(record.Location, "category", "categories", record.CategoryId);
            }

            foreach (var grid in record.GridIds.Where(g => !grids.Contains(g)))
            {
                throw Dangling(record.Location, "grids", "grids", grid);
            }
        }

        foreach (var record in dump.Grids)
        {
            foreach (var package in record.PackageIds.Where(p => !packages.Contains(p)))
            {
                throw Dangling(record.Location, "packages", "packages", package);
            }
        }
    }

    private static V4ImportException Duplicate(
        string code, V4Location location, string field, string value, V4Location? first) =>
        new(code, location.Origin, location, field,
            $"{value} is already used by {first?.Origin}: {first?.Describe()}");

    private static V4ImportException Dangling(V4Location location, string field, string collection, int id) =>
        new("dangling_link", location.Origin, location, field,
            $"links to {collection}/{id}/, which is neither in this import nor in the store");
}
