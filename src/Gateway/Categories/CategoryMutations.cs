using Gateway.Editing;
using GraphQL.Types;

namespace Gateway.Categories;

/// <summary>
/// The category mutations, for moderators: <c>createCategory</c>, <c>updateCategory</c>, <c>deleteCategory</c>.
/// </summary>
public sealed class CategoryMutations(CategoryEditService categories) : IMutationFields
{
    private static readonly (string, string, string) Entity =
        ("category", CategoryType.TypeName, "The category as it is after the edit; null when refused.");

    public void AddTo(ObjectGraphType mutation)
    {
        MutationFieldBuilder.Add(mutation, "createCategory", "Adds a category. Moderators only.",
            input => Fields(input.With("title", "String!", "The display name, at most 50 characters.")
                .With("slug", "String!", "The unique name in URLs: a-z, 0-9, '-', '_', at most 50 (lower-cased).")),
            Entity,
            async (input, ct) => MutationPayload.From(await categories.CreateAsync(input.Editor, Read(input), ct)));

        MutationFieldBuilder.Add(mutation, "updateCategory",
            "Changes a category; fields left out stay as they are. Moderators only.",
            input => Fields(input.With("id", "ID!", "The global id of the category.")
                .With("version", "Int!", "The category's version as last read.")
                .With("title", "String", "The display name, at most 50 characters.")
                .With("slug", "String", "The unique name in URLs: a-z, 0-9, '-', '_', at most 50 (lower-cased).")),
            Entity,
            async (input, ct) =>
            {
                var id = input.RequiredId("id", CategoryType.TypeName);
                return MutationPayload.From(await categories.UpdateAsync(
                    input.Editor, id, input.Int("version") ?? 0, Read(input), ct));
            });

        MutationFieldBuilder.Add(mutation, "deleteCategory",
            "Deletes a category; refused while any package belongs to it. Moderators only.",
            input => input.With("id", "ID!", "The global id of the category.")
                .With("version", "Int!", "The category's version as last read."),
            ("category", CategoryType.TypeName, "The category as it was before it was deleted; null when refused."),
            async (input, ct) =>
            {
                var id = input.RequiredId("id", CategoryType.TypeName);
                return input.Errors.Count > 0
                    ? MutationPayload.Fail(input.Errors)
                    : MutationPayload.From(await categories.DeleteAsync(
                        input.Editor, id, input.Int("version") ?? 0, ct));
            });
    }

    private static InputObjectGraphType Fields(InputObjectGraphType input) => input
        .With("description", "String", "What the category holds, at most 2,000 characters.")
        .With("titlePlural", "String", "The plural display name, at most 50 characters.")
        .With("showPypi", "Boolean", "Whether the site shows PyPI columns for this category's packages.");

    private static CategoryChanges Read(MutationInput input) => new()
    {
        Title = input.String("title"),
        Slug = input.String("slug"),
        Description = input.String("description"),
        TitlePlural = input.String("titlePlural"),
        ShowPypi = input.Bool("showPypi"),
        InputErrors = [.. input.Errors],
    };
}
