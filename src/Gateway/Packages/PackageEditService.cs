using Gateway.Data;
using Gateway.Editing;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Packages;

/// <summary>
/// Creates, updates and deletes packages. Any editor may; see <see cref="EditTransaction"/> for atomicity.
/// </summary>
public sealed class PackageEditService(EditTransaction transaction, TimeProvider clock)
{
    public Task<EditResult<Package>> CreateAsync(
        EditorIdentity? editor, PackageChanges input, CancellationToken cancellationToken)
    {
        var denied = EditErrorMessages.Authorize(editor, moderatorOnly: false, "create packages");
        if (denied is not null)
        {
            return Task.FromResult(EditResult.Fail<Package>(denied));
        }

        var (changes, invalid) = Normalize(input, creating: true);
        if (invalid.Count > 0)
        {
            return Task.FromResult(EditResult.Fail<Package>(invalid));
        }

        return transaction.RunAsync(
            async (db, ct) =>
            {
                var package = new Package { Created = clock.GetUtcNow().UtcDateTime };
                var errors = await ApplyAsync(db, editor!, package, changes, ct);
                if (errors.Count > 0)
                {
                    return EditResult.Fail<Package>(errors);
                }

                db.Packages.Add(package);
                await db.SaveChangesAsync(ct);
                return EditResult.Ok<Package>(package);
            },
            (violation, fresh, ct) => MapViolationAsync(violation, changes.CategoryId ?? 0),
            cancellationToken);
    }

    public Task<EditResult<Package>> UpdateAsync(
        EditorIdentity? editor, int id, int version, PackageChanges input, CancellationToken cancellationToken)
    {
        var denied = EditErrorMessages.Authorize(editor, moderatorOnly: false, "edit packages");
        if (denied is not null)
        {
            return Task.FromResult(EditResult.Fail<Package>(denied));
        }

        var (changes, invalid) = Normalize(input, creating: false);
        if (invalid.Count > 0)
        {
            return Task.FromResult(EditResult.Fail<Package>(invalid));
        }

        return transaction.RunAsync(
            async (db, ct) =>
            {
                var package = await db.Packages.FirstOrDefaultAsync(p => p.Id == id, ct);
                var missing = Check(package, id, version);
                if (missing is not null)
                {
                    return EditResult.Fail<Package>(missing);
                }

                var errors = await ApplyAsync(db, editor!, package!, changes, ct);
                if (errors.Count > 0)
                {
                    return EditResult.Fail<Package>(errors);
                }

                await db.SaveChangesAsync(ct);
                return EditResult.Ok<Package>(package!);
            },
            (violation, fresh, ct) => MapViolationAsync(violation, changes.CategoryId ?? 0),
            cancellationToken);
    }

    /// <summary>Deletes a package with its memberships, cells and participant links (the store cascades).</summary>
    public Task<EditResult<Package>> DeleteAsync(
        EditorIdentity? editor, int id, int version, CancellationToken cancellationToken)
    {
        var denied = EditErrorMessages.Authorize(editor, moderatorOnly: false, "delete packages");
        if (denied is not null)
        {
            return Task.FromResult(EditResult.Fail<Package>(denied));
        }

        return transaction.RunAsync(
            async (db, ct) =>
            {
                var package = await db.Packages.FirstOrDefaultAsync(p => p.Id == id, ct);
                var missing = Check(package, id, version);
                if (missing is not null)
                {
                    return EditResult.Fail<Package>(missing);
                }

                db.Packages.Remove(package!);
                await db.SaveChangesAsync(ct);
                return EditResult.Ok<Package>(package!);
            },
            (violation, fresh, ct) => MapViolationAsync(violation, 0),
            cancellationToken);
    }

    /// <summary>Not found, or stale; null when the package is there at the version the client saw.</summary>
    private static EditError? Check(Package? package, int id, int version) =>
        package is null ? EditErrorMessages.NotFound("id", nameof(Package), id)
        : package.Version != version ? EditErrorMessages.Stale(nameof(Package), id, version, package.Version)
        : null;

    /// <summary>
    /// Checks every field of the input at once and returns it trimmed, with the slug lower-cased; for a
    /// new package, title, slug and category are required. Null fields stay null (unchanged).
    /// </summary>
    private static (PackageChanges Changes, IReadOnlyList<EditError> Errors) Normalize(
        PackageChanges input, bool creating)
    {
        var v = new InputValidator(input.InputErrors);
        var changes = new PackageChanges
        {
            Title = creating || input.Title is not null
                ? v.RequiredLine("title", input.Title, Package.TitleMaxLength)
                : null,
            Slug = creating || input.Slug is not null ? v.Slug("slug", input.Slug, Package.SlugMaxLength) : null,
            CategoryId = input.CategoryId,
            RepoUrl = input.RepoUrl is null ? null : v.Url("repoUrl", input.RepoUrl, EditLimits.UrlMaxLength),
            RepoDescription = input.RepoDescription is null ? null
                : v.Paragraphs("repoDescription", input.RepoDescription, EditLimits.DescriptionMaxLength),
            PypiUrl = input.PypiUrl is null ? null : v.Url("pypiUrl", input.PypiUrl, EditLimits.UrlMaxLength),
            DocumentationUrl = input.DocumentationUrl is null ? null
                : v.Url("documentationUrl", input.DocumentationUrl, EditLimits.UrlMaxLength),
            CommitsOver52 = input.CommitsOver52,
        };
        v.WeeklyCounts("commitsOver52", input.CommitsOver52, Package.WeeksOfCommits);
        if (creating && input.CategoryId is null)
        {
            v.Add("categoryId", "REQUIRED", "categoryId is required.");
        }

        return (changes, v.Errors);
    }

    /// <summary>
    /// Checks the category and the unique slug and repository URL, then copies the changes onto
    /// <paramref name="package"/> and stamps version, time and editor. Returns every problem found.
    /// </summary>
    private async Task<IReadOnlyList<EditError>> ApplyAsync(CatalogueDbContext db, EditorIdentity editor,
        Package package, PackageChanges input, CancellationToken ct)
    {
        var (slug, repoUrl) = (input.Slug, input.RepoUrl);
        var errors = new List<EditError>();
        if (input.CategoryId is { } categoryId && !await db.Categories.AnyAsync(c => c.Id == categoryId, ct))
        {
            errors.Add(EditErrorMessages.NotFound("categoryId", nameof(Category), categoryId));
        }

        if (slug is not null && await db.Packages.AnyAsync(p => p.Slug == slug && p.Id != package.Id, ct))
        {
            errors.Add(EditErrorMessages.Taken("slug", slug));
        }

        if (!string.IsNullOrEmpty(repoUrl)
            && await db.Packages.AnyAsync(p => p.RepoUrl == repoUrl && p.Id != package.Id, ct))
        {
            errors.Add(EditErrorMessages.Taken("repoUrl", repoUrl));
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        package.Title = input.Title ?? package.Title;
        package.Slug = slug ?? package.Slug;
        package.CategoryId = input.CategoryId ?? package.CategoryId;
        package.RepoUrl = repoUrl ?? package.RepoUrl;
        package.RepoDescription = input.RepoDescription ?? package.RepoDescription;
        package.PypiUrl = input.PypiUrl ?? package.PypiUrl;
        package.DocumentationUrl = input.DocumentationUrl switch
        {
            null => package.DocumentationUrl,
            "" => null,
            var url => url,
        };
        if (input.CommitsOver52 is { } commits)
        {
            package.CommitsOver52 = [.. commits];
            package.CommitCount = commits.Sum();
        }

        Stamp(package, editor);
        return [];
    }

    private void Stamp(Package package, EditorIdentity editor)
    {
        // A new package is stamped once, so that its created and modified times are equal.
        package.Modified = package.Id == 0 ? package.Created : clock.GetUtcNow().UtcDateTime;
        package.ModifiedBy = editor.Name;
        package.Version = package.Id == 0 ? 1 : package.Version + 1;
    }

    /// <summary>Turns a lost race on a unique value or the category into the error a check would give.</summary>
    private static Task<EditError?> MapViolationAsync(StoreViolation violation, int categoryId) =>
        Task.FromResult<EditError?>(violation switch
        {
            { Kind: StoreViolationKind.Unique } when violation.Involves("slug") =>
                new ConflictError("slug", "TAKEN", "The slug was taken by another edit at the same moment."),
            { Kind: StoreViolationKind.Unique } when violation.Involves("repo_url") =>
                new ConflictError("repoUrl", "TAKEN",
                    "The repository URL was taken by another edit at the same moment."),
            { Kind: StoreViolationKind.ForeignKey } when categoryId != 0 =>
                EditErrorMessages.NotFound("categoryId", nameof(Category), categoryId),
            _ => null,
        });
}
