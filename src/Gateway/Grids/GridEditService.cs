using System.Globalization;
using Gateway.Data;
using Gateway.Editing;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Grids;

/// <summary>
/// Edits grids, their packages, features and cells. Editors edit unlocked grids; only moderators lock or
/// unlock a grid or edit a locked one. Adding or removing packages and features counts as a change of
/// the grid and moves its version; feature texts and cells have versions of their own.
/// </summary>
public sealed class GridEditService(EditTransaction transaction, TimeProvider clock)
{
    public Task<EditResult<Grid>> CreateAsync(
        EditorIdentity? editor, GridChanges input, CancellationToken cancellationToken)
    {
        var (changes, refused) = Prepare(editor, input, creating: true);
        if (refused.Count > 0)
        {
            return Task.FromResult(EditResult.Fail<Grid>(refused));
        }

        return transaction.RunAsync(
            async (db, ct) =>
            {
                var grid = new Grid { Created = Now, IsLocked = changes.IsLocked ?? false, Version = 0 };
                var taken = await ApplyAsync(db, editor!, grid, changes, ct);
                if (taken is not null)
                {
                    return EditResult.Fail<Grid>(taken);
                }

                db.Grids.Add(grid);
                await db.SaveChangesAsync(ct);
                return EditResult.Ok(grid);
            },
            (v, fresh, ct) => MapViolationAsync(v, fresh, null, null, null, ct),
            cancellationToken);
    }

    public Task<EditResult<Grid>> UpdateAsync(
        EditorIdentity? editor, int id, int version, GridChanges input, CancellationToken cancellationToken)
    {
        var (changes, refused) = Prepare(editor, input, creating: false);
        if (refused.Count > 0)
        {
            return Task.FromResult(EditResult.Fail<Grid>(refused));
        }

        return transaction.RunAsync(
            async (db, ct) =>
            {
                var grid = await db.Grids.FirstOrDefaultAsync(g => g.Id == id, ct);
                var problem = Check(editor!, grid, id, version)
                    ?? await ApplyAsync(db, editor!, grid!, changes, ct);
                if (problem is not null)
                {
                    return EditResult.Fail<Grid>(problem);
                }

                await db.SaveChangesAsync(ct);
                return EditResult.Ok(grid!);
            },
            (v, fresh, ct) => MapViolationAsync(v, fresh, id, null, null, ct),
            cancellationToken);
    }

    /// <summary>
    /// Deletes a grid with its cells, features and memberships, one statement each, in one transaction.
    /// </summary>
    public Task<EditResult<Grid>> DeleteAsync(
        EditorIdentity? editor, int id, int version, CancellationToken cancellationToken)
    {
        var denied = EditErrorMessages.Authorize(editor, moderatorOnly: false, "delete grids");
        if (denied is not null)
        {
            return Task.FromResult(EditResult.Fail<Grid>(denied));
        }

        return transaction.RunAsync(
            async (db, ct) =>
            {
                var grid = await db.Grids.AsNoTracking().FirstOrDefaultAsync(g => g.Id == id, ct);
                var problem = Check(editor!, grid, id, version);
                if (problem is not null)
                {
                    return EditResult.Fail<Grid>(problem);
                }

                // Note: the rows are deleted explicitly rather than by the store's cascade so that the
                // order is ours and the version check comes last, when nothing can slip in between.
                await db.Elements.Where(e => e.Feature!.GridId == id).ExecuteDeleteAsync(ct);
                await db.Features.Where(f => f.GridId == id).ExecuteDeleteAsync(ct);
                await db.GridPackages.Where(gp => gp.GridId == id).ExecuteDeleteAsync(ct);
                var deleted = await db.Grids.Where(g => g.Id == id && g.Version == version).ExecuteDeleteAsync(ct);
                return deleted == 1
                    ? EditResult.Ok(grid!)
                    : EditResult.Fail<Grid>(await CurrentGridAsync(db, id, version, ct));
            },
            (v, fresh, ct) => MapViolationAsync(v, fresh, id, null, null, ct),
            cancellationToken);
    }

    public Task<EditResult<Grid>> AddPackageAsync(
        EditorIdentity? editor, int gridId, int packageId, CancellationToken cancellationToken)
    {
        var denied = EditErrorMessages.Authorize(editor, moderatorOnly: false, "edit grids");
        if (denied is not null)
        {
            return Task.FromResult(EditResult.Fail<Grid>(denied));
        }

        return transaction.RunAsync(
            async (db, ct) =>
            {
                var grid = await db.Grids.AsNoTracking().FirstOrDefaultAsync(g => g.Id == gridId, ct);
                var problem = Check(editor!, grid, gridId, version: null, field: "gridId")
                    ?? await PackageProblemAsync(db, gridId, packageId, shouldBeIn: false, ct);
                if (problem is not null)
                {
                    return EditResult.Fail<Grid>(problem);
                }

                var now = Now;
                db.GridPackages.Add(new GridPackage
                {
                    GridId = gridId,
                    PackageId = packageId,
                    Created = now,
                    Modified = now,
                });
                await db.SaveChangesAsync(ct);
                await TouchAsync(db, gridId, editor!, version: null, ct);
                return EditResult.Ok(await db.Grids.AsNoTracking().FirstAsync(g => g.Id == gridId, ct));
            },
            (v, fresh, ct) => MapViolationAsync(v, fresh, gridId, null, packageId, ct),
            cancellationToken);
    }

    /// <summary>Takes a package out of a grid with its cells there; needs the grid's version.</summary>
    public Task<EditResult<Grid>> RemovePackageAsync(
        EditorIdentity? editor, int gridId, int packageId, int version, CancellationToken cancellationToken)
    {
        var denied = EditErrorMessages.Authorize(editor, moderatorOnly: false, "edit grids");
        if (denied is not null)
        {
            return Task.FromResult(EditResult.Fail<Grid>(denied));
        }

        return transaction.RunAsync(
            async (db, ct) =>
            {
                var grid = await db.Grids.AsNoTracking().FirstOrDefaultAsync(g => g.Id == gridId, ct);
                var problem = Check(editor!, grid, gridId, version, field: "gridId")
                    ?? await PackageProblemAsync(db, gridId, packageId, shouldBeIn: true, ct);
                if (problem is not null)
                {
                    return EditResult.Fail<Grid>(problem);
                }

                if (await TouchAsync(db, gridId, editor!, version, ct) == 0)
                {
                    return EditResult.Fail<Grid>(await CurrentGridAsync(db, gridId, version, ct));
                }

                await db.Elements
                    .Where(e => e.PackageId == packageId && e.Feature!.GridId == gridId)
                    .ExecuteDeleteAsync(ct);
                await db.GridPackages
                    .Where(gp => gp.GridId == gridId && gp.PackageId == packageId)
                    .ExecuteDeleteAsync(ct);
                return EditResult.Ok(await db.Grids.AsNoTracking().FirstAsync(g => g.Id == gridId, ct));
            },
            (v, fresh, ct) => MapViolationAsync(v, fresh, gridId, null, packageId, ct),
            cancellationToken);
    }

    public Task<EditResult<Feature>> AddFeatureAsync(
        EditorIdentity? editor, int gridId, FeatureChanges input, CancellationToken cancellationToken)
    {
        var (changes, refused) = PrepareFeature(editor, input, creating: true);
        if (refused.Count > 0)
        {
            return Task.FromResult(EditResult.Fail<Feature>(refused));
        }

        return transaction.RunAsync(
            async (db, ct) =>
            {
                var grid = await db.Grids.AsNoTracking().FirstOrDefaultAsync(g => g.Id == gridId, ct);
                var problem = Check(editor!, grid, gridId, version: null, field: "gridId");
                if (problem is not null)
                {
                    return EditResult.Fail<Feature>(problem);
                }

                var now = Now;
                var feature = new Feature
                {
                    GridId = gridId,
                    Title = changes.Title!,
                    Description = changes.Description ?? "",
                    Created = now,
                    Modified = now,
                };
                db.Features.Add(feature);
                await db.SaveChangesAsync(ct);
                await TouchAsync(db, gridId, editor!, version: null, ct);
                return EditResult.Ok(feature);
            },
            (v, fresh, ct) => MapViolationAsync(v, fresh, gridId, null, null, ct),
            cancellationToken);
    }

    public Task<EditResult<Feature>> UpdateFeatureAsync(EditorIdentity? editor, int featureId, int version,
        FeatureChanges input, CancellationToken cancellationToken)
    {
        var (changes, refused) = PrepareFeature(editor, input, creating: false);
        if (refused.Count > 0)
        {
            return Task.FromResult(EditResult.Fail<Feature>(refused));
        }

        return transaction.RunAsync(
            async (db, ct) =>
            {
                var feature = await db.Features.FirstOrDefaultAsync(f => f.Id == featureId, ct);
                var problem = await FeatureProblemAsync(db, editor!, feature, featureId, version, ct);
                if (problem is not null)
                {
                    return EditResult.Fail<Feature>(problem);
                }

                feature!.Title = changes.Title ?? feature.Title;
                feature.Description = changes.Description ?? feature.Description;
                feature.Modified = Now;
                feature.Version++;
                await db.SaveChangesAsync(ct);
                return EditResult.Ok(feature);
            },
            (v, fresh, ct) => MapViolationAsync(v, fresh, null, featureId, null, ct),
            cancellationToken);
    }

    /// <summary>Removes a feature and its cells (the store cascades); needs the feature's version.</summary>
    public Task<EditResult<Feature>> RemoveFeatureAsync(
        EditorIdentity? editor, int featureId, int version, CancellationToken cancellationToken)
    {
        var denied = EditErrorMessages.Authorize(editor, moderatorOnly: false, "edit grids");
        if (denied is not null)
        {
            return Task.FromResult(EditResult.Fail<Feature>(denied));
        }

        return transaction.RunAsync(
            async (db, ct) =>
            {
                var feature = await db.Features.FirstOrDefaultAsync(f => f.Id == featureId, ct);
                var problem = await FeatureProblemAsync(db, editor!, feature, featureId, version, ct);
                if (problem is not null)
                {
                    return EditResult.Fail<Feature>(problem);
                }

                db.Features.Remove(feature!);
                await db.SaveChangesAsync(ct);
                await TouchAsync(db, feature!.GridId, editor!, version: null, ct);
                return EditResult.Ok(feature);
            },
            (v, fresh, ct) => MapViolationAsync(v, fresh, null, featureId, null, ct),
            cancellationToken);
    }

    /// <summary>
    /// Sets the text of one feature for one package of the grid. <paramref name="version"/> is the cell's
    /// version the client saw, or null when it saw no cell yet; a cell made meanwhile makes that stale.
    /// <paramref name="idErrors"/> are the problems found decoding the two ids, reported with the text's.
    /// </summary>
    public Task<EditResult<Element>> SetElementAsync(EditorIdentity? editor, int featureId, int packageId,
        string? text, int? version, IReadOnlyList<EditError> idErrors, CancellationToken cancellationToken)
    {
        var denied = EditErrorMessages.Authorize(editor, moderatorOnly: false, "edit grids");
        var validator = new InputValidator(idErrors);
        var value = validator.Paragraphs("text", text, EditLimits.ElementTextMaxLength);
        if (denied is not null || !validator.IsValid)
        {
            return Task.FromResult(EditResult.Fail<Element>(denied is null ? validator.Errors : [denied]));
        }

        return transaction.RunAsync(
            async (db, ct) =>
            {
                var feature = await db.Features.AsNoTracking().FirstOrDefaultAsync(f => f.Id == featureId, ct);
                var problem = await FeatureProblemAsync(db, editor!, feature, featureId, version: null, ct)
                    ?? await PackageProblemAsync(db, feature!.GridId, packageId, shouldBeIn: true, ct);
                var element = problem is null
                    ? await db.Elements.FirstOrDefaultAsync(
                        e => e.FeatureId == featureId && e.PackageId == packageId, ct)
                    : null;
                problem ??= ElementProblem(element, featureId, version);
                if (problem is not null)
                {
                    return EditResult.Fail<Element>(problem);
                }

                if (element is null)
                {
                    element = new Element { FeatureId = featureId, PackageId = packageId, Created = Now, Version = 0 };
                    db.Elements.Add(element);
                }

                element.Text = value;
                element.Modified = element.Id == 0 ? element.Created : Now;
                element.Version++;
                await db.SaveChangesAsync(ct);
                return EditResult.Ok(element);
            },
            async (violation, fresh, ct) => violation.Kind == StoreViolationKind.Unique
                ? await CurrentElementAsync(fresh, featureId, packageId, version, ct)
                : await MapViolationAsync(violation, fresh, null, featureId, packageId, ct),
            cancellationToken);
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private static (GridChanges Changes, IReadOnlyList<EditError> Errors) Prepare(
        EditorIdentity? editor, GridChanges input, bool creating)
    {
        var denied = EditErrorMessages.Authorize(editor, moderatorOnly: false, "edit grids")
            ?? (creating && input.IsLocked == true && !editor!.IsModerator
                ? EditErrorMessages.ModeratorsOnly("lock grids")
                : null);
        if (denied is not null)
        {
            return (input, [denied]);
        }

        var v = new InputValidator(input.InputErrors);
        var changes = new GridChanges
        {
            Title = creating || input.Title is not null
                ? v.RequiredLine("title", input.Title, Grid.TitleMaxLength)
                : null,
            Slug = creating || input.Slug is not null ? v.Slug("slug", input.Slug, Grid.SlugMaxLength) : null,
            Description = input.Description is null ? null
                : v.Paragraphs("description", input.Description, EditLimits.DescriptionMaxLength),
            IsLocked = input.IsLocked,
        };
        return (changes, v.Errors);
    }

    private static (FeatureChanges Changes, IReadOnlyList<EditError> Errors) PrepareFeature(
        EditorIdentity? editor, FeatureChanges input, bool creating)
    {
        var denied = EditErrorMessages.Authorize(editor, moderatorOnly: false, "edit grids");
        if (denied is not null)
        {
            return (input, [denied]);
        }

        var v = new InputValidator(input.InputErrors);
        var changes = new FeatureChanges
        {
            Title = creating || input.Title is not null
                ? v.RequiredLine("title", input.Title, Feature.TitleMaxLength)
                : null,
            Description = input.Description is null ? null
                : v.Paragraphs("description", input.Description, EditLimits.FeatureDescriptionMaxLength),
        };
        return (changes, v.Errors);
    }

    /// <summary>Not found, locked (for editors) or stale, in that order; null when the edit may go on.</summary>
    private static EditError? Check(
        EditorIdentity editor, Grid? grid, int id, int? version, string field = "id") =>
        grid is null ? EditErrorMessages.NotFound(field, nameof(Grid), id)
        : grid.IsLocked && !editor.IsModerator ? EditErrorMessages.Locked(grid.Id, grid.Slug)
        : version is { } seen && grid.Version != seen ? EditErrorMessages.Stale(nameof(Grid), id, seen, grid.Version)
        : null;

    private static async Task<EditError?> FeatureProblemAsync(CatalogueDbContext db, EditorIdentity editor,
        Feature? feature, int featureId, int? version, CancellationToken ct)
    {
        if (feature is null)
        {
            return EditErrorMessages.NotFound("featureId", nameof(Feature), featureId);
        }

        var grid = await db.Grids.AsNoTracking().FirstAsync(g => g.Id == feature.GridId, ct);
        return grid.IsLocked && !editor.IsModerator ? EditErrorMessages.Locked(grid.Id, grid.Slug)
            : version is { } seen && feature.Version != seen
                ? EditErrorMessages.Stale(nameof(Feature), featureId, seen, feature.Version)
            : null;
    }

    private static async Task<EditError?> PackageProblemAsync(
        CatalogueDbContext db, int gridId, int packageId, bool shouldBeIn, CancellationToken ct)
    {
        if (!await db.Packages.AnyAsync(p => p.Id == packageId, ct))
        {
            return EditErrorMessages.NotFound("packageId", nameof(Package), packageId);
        }

        var isIn = await db.GridPackages.AnyAsync(gp => gp.GridId == gridId && gp.PackageId == packageId, ct);
        return (isIn, shouldBeIn) switch
        {
            (true, false) => AlreadyIn(packageId),
            (false, true) => new NotFoundError("packageId", nameof(Package), packageId,
                string.Create(CultureInfo.InvariantCulture,
                    $"Package {packageId} is not in grid {gridId}; add it to the grid first.")),
            _ => null,
        };
    }

    private static EditError? ElementProblem(Element? element, int featureId, int? version) =>
        (element, version) switch
        {
            (null, null) => null,
            (null, { }) => new ConflictError("version", "NO_CELL", string.Create(CultureInfo.InvariantCulture,
                $"Feature {featureId} has no cell for this package yet; set it without a version.")),
            ({ } e, var seen) when e.Version != seen =>
                EditErrorMessages.Stale(nameof(Element), e.Id, seen ?? 0, e.Version),
            _ => null,
        };

    /// <summary>Checks the slug is free and who may lock, copies the changes and stamps.</summary>
    private async Task<EditError?> ApplyAsync(CatalogueDbContext db, EditorIdentity editor,
        Grid grid, GridChanges changes, CancellationToken ct)
    {
        if (changes.IsLocked is { } locked && locked != grid.IsLocked && grid.Id != 0 && !editor.IsModerator)
        {
            return EditErrorMessages.ModeratorsOnly(locked ? "lock grids" : "unlock grids");
        }

        if (changes.Slug is { } slug && await db.Grids.AnyAsync(g => g.Slug == slug && g.Id != grid.Id, ct))
        {
            return EditErrorMessages.Taken("slug", slug);
        }

        grid.Title = changes.Title ?? grid.Title;
        grid.Slug = changes.Slug ?? grid.Slug;
        grid.Description = changes.Description ?? grid.Description;
        grid.IsLocked = changes.IsLocked ?? grid.IsLocked;
        grid.Modified = grid.Id == 0 ? grid.Created : Now;
        grid.ModifiedBy = editor.Name;
        grid.Version++;
        return null;
    }

    /// <summary>
    /// Moves the grid's version on and stamps it, in one statement; with <paramref name="version"/>, only
    /// if the grid is still at that version. Returns the rows changed (0 means stale or gone).
    /// </summary>
    private Task<int> TouchAsync(
        CatalogueDbContext db, int gridId, EditorIdentity editor, int? version, CancellationToken ct)
    {
        var now = Now;
        return db.Grids
            .Where(g => g.Id == gridId && (version == null || g.Version == version))
            .ExecuteUpdateAsync(
                s => s.SetProperty(g => g.Version, g => g.Version + 1)
                    .SetProperty(g => g.Modified, now)
                    .SetProperty(g => g.ModifiedBy, editor.Name),
                ct);
    }

    private static async Task<EditError> CurrentGridAsync(
        CatalogueDbContext db, int id, int seen, CancellationToken ct)
    {
        var current = await db.Grids.AsNoTracking()
            .Where(g => g.Id == id)
            .Select(g => (int?)g.Version)
            .FirstOrDefaultAsync(ct);
        return current is null
            ? EditErrorMessages.NotFound("id", nameof(Grid), id)
            : EditErrorMessages.Stale(nameof(Grid), id, seen, current.Value);
    }

    private static async Task<EditError?> CurrentElementAsync(
        CatalogueDbContext db, int featureId, int packageId, int? seen, CancellationToken ct)
    {
        var current = await db.Elements.AsNoTracking()
            .FirstOrDefaultAsync(e => e.FeatureId == featureId && e.PackageId == packageId, ct);
        return current is null
            ? null
            : EditErrorMessages.Stale(nameof(Element), current.Id, seen ?? 0, current.Version);
    }

    private static ConflictError AlreadyIn(int packageId) => new("packageId", "ALREADY_IN_GRID",
        string.Create(CultureInfo.InvariantCulture, $"Package {packageId} is already in this grid."));

    /// <summary>
    /// Turns a lost race into the error a check would have given: a taken slug or membership, or (for a
    /// foreign key) whichever of the grid, feature and package named by the edit is gone now.
    /// </summary>
    private static async Task<EditError?> MapViolationAsync(StoreViolation violation, CatalogueDbContext fresh,
        int? gridId, int? featureId, int? packageId, CancellationToken ct) =>
        violation.Kind switch
        {
            StoreViolationKind.Unique when violation.Involves("slug") =>
                new ConflictError("slug", "TAKEN", "The slug was taken by another edit at the same moment."),
            StoreViolationKind.Unique when violation.Involves("package_id") => new ConflictError(
                "packageId", "ALREADY_IN_GRID",
                "The package was added to the grid by another edit at the same moment."),
            StoreViolationKind.ForeignKey => await GoneAsync(fresh, gridId, featureId, packageId, ct),
            _ => null,
        };

    private static async Task<EditError?> GoneAsync(
        CatalogueDbContext db, int? gridId, int? featureId, int? packageId, CancellationToken ct) =>
        gridId is { } g && !await db.Grids.AnyAsync(x => x.Id == g, ct)
            ? EditErrorMessages.NotFound("gridId", nameof(Grid), g)
        : featureId is { } f && !await db.Features.AnyAsync(x => x.Id == f, ct)
            ? EditErrorMessages.NotFound("featureId", nameof(Feature), f)
        : packageId is { } p && !await db.Packages.AnyAsync(x => x.Id == p, ct)
            ? EditErrorMessages.NotFound("packageId", nameof(Package), p)
        : null;
}
