using System.Globalization;
using Gateway.Data;
using Gateway.Editing;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Categories;

/// <summary>Creates, updates and deletes categories: moderators only.</summary>
public sealed class CategoryEditService(EditTransaction transaction, TimeProvider clock)
{
    public Task<EditResult<Category>> CreateAsync(
        EditorIdentity? editor, CategoryChanges input, CancellationToken cancellationToken)
    {
        var (changes, refused) = Prepare(editor, input, creating: true, "create categories");
        if (refused.Count > 0)
        {
            return Task.FromResult(EditResult.Fail<Category>(refused));
        }

        return transaction.RunAsync(
            async (db, ct) =>
            {
                var category = new Category { Created = clock.GetUtcNow().UtcDateTime, Version = 0 };
                var taken = await ApplyAsync(db, editor!, category, changes, ct);
                if (taken is not null)
                {
                    return EditResult.Fail<Category>(taken);
                }

                db.Categories.Add(category);
                await db.SaveChangesAsync(ct);
                return EditResult.Ok(category);
            },
            MapViolationAsync,
            cancellationToken);
    }

    public Task<EditResult<Category>> UpdateAsync(
        EditorIdentity? editor, int id, int version, CategoryChanges input, CancellationToken cancellationToken)
    {
        var (changes, refused) = Prepare(editor, input, creating: false, "edit categories");
        if (refused.Count > 0)
        {
            return Task.FromResult(EditResult.Fail<Category>(refused));
        }

        return transaction.RunAsync(
            async (db, ct) =>
            {
                var category = await db.Categories.FirstOrDefaultAsync(c => c.Id == id, ct);
                var problem = Check(category, id, version)
                    ?? await ApplyAsync(db, editor!, category!, changes, ct);
                if (problem is not null)
                {
                    return EditResult.Fail<Category>(problem);
                }

                await db.SaveChangesAsync(ct);
                return EditResult.Ok(category!);
            },
            MapViolationAsync,
            cancellationToken);
    }

    /// <summary>Deletes a category; refused while any package belongs to it.</summary>
    public Task<EditResult<Category>> DeleteAsync(
        EditorIdentity? editor, int id, int version, CancellationToken cancellationToken)
    {
        var denied = EditErrorMessages.Authorize(editor, moderatorOnly: true, "delete categories");
        if (denied is not null)
        {
            return Task.FromResult(EditResult.Fail<Category>(denied));
        }

        return transaction.RunAsync(
            async (db, ct) =>
            {
                var category = await db.Categories.FirstOrDefaultAsync(c => c.Id == id, ct);
                var problem = Check(category, id, version);
                var packages = problem is null ? await db.Packages.CountAsync(p => p.CategoryId == id, ct) : 0;
                if (problem is not null || packages > 0)
                {
                    return EditResult.Fail<Category>(problem ?? StillUsed(category!.Slug, packages));
                }

                db.Categories.Remove(category!);
                await db.SaveChangesAsync(ct);
                return EditResult.Ok(category!);
            },
            MapViolationAsync,
            cancellationToken);
    }

    private static (CategoryChanges Changes, IReadOnlyList<EditError> Errors) Prepare(
        EditorIdentity? editor, CategoryChanges input, bool creating, string what)
    {
        var denied = EditErrorMessages.Authorize(editor, moderatorOnly: true, what);
        if (denied is not null)
        {
            return (input, [denied]);
        }

        var v = new InputValidator(input.InputErrors);
        var changes = new CategoryChanges
        {
            Title = creating || input.Title is not null
                ? v.RequiredLine("title", input.Title, Category.TitleMaxLength)
                : null,
            Slug = creating || input.Slug is not null ? v.Slug("slug", input.Slug, Category.SlugMaxLength) : null,
            Description = input.Description is null ? null
                : v.Paragraphs("description", input.Description, EditLimits.DescriptionMaxLength),
            TitlePlural = input.TitlePlural is null ? null
                : v.Line("titlePlural", input.TitlePlural, Category.TitleMaxLength),
            ShowPypi = input.ShowPypi,
        };
        return (changes, v.Errors);
    }

    private static EditError? Check(Category? category, int id, int version) =>
        category is null ? EditErrorMessages.NotFound("id", nameof(Category), id)
        : category.Version != version ? EditErrorMessages.Stale(nameof(Category), id, version, category.Version)
        : null;

    /// <summary>Checks the slug is free, copies the changes and stamps; returns the conflict, if any.</summary>
    private async Task<EditError?> ApplyAsync(CatalogueDbContext db, EditorIdentity editor,
        Category category, CategoryChanges changes, CancellationToken ct)
    {
        if (changes.Slug is { } slug && await db.Categories.AnyAsync(c => c.Slug == slug && c.Id != category.Id, ct))
        {
            return EditErrorMessages.Taken("slug", slug);
        }

        category.Title = changes.Title ?? category.Title;
        category.Slug = changes.Slug ?? category.Slug;
        category.Description = changes.Description ?? category.Description;
        category.TitlePlural = changes.TitlePlural ?? category.TitlePlural;
        category.ShowPypi = changes.ShowPypi ?? category.ShowPypi;
        category.Modified = category.Id == 0 ? category.Created : clock.GetUtcNow().UtcDateTime;
        category.ModifiedBy = editor.Name;
        category.Version++;
        return null;
    }

    private static ConflictError StillUsed(string slug, int packages) => new("id", "HAS_PACKAGES",
        string.Create(CultureInfo.InvariantCulture,
            $"Category '{slug}' still has {packages} packages; move or delete them first."));

    private static Task<EditError?> MapViolationAsync(
        StoreViolation violation, CatalogueDbContext fresh, CancellationToken ct) =>
        Task.FromResult<EditError?>(violation.Kind switch
        {
            StoreViolationKind.Unique when violation.Involves("slug") =>
                new ConflictError("slug", "TAKEN", "The slug was taken by another edit at the same moment."),
            StoreViolationKind.ForeignKey => new ConflictError("id", "HAS_PACKAGES",
                "A package was added to the category by another edit at the same moment; it is still in use."),
            _ => null,
        });
}
