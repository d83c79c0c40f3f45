using Gateway.Categories;
using Gateway.Editing;
using GraphQL.Types;

namespace Gateway.Packages;

/// <summary>The package mutations: <c>createPackage</c>, <c>updatePackage</c>, <c>deletePackage</c>.</summary>
public sealed class PackageMutations(PackageEditService packages) : IMutationFields
{
    private static readonly (string, string, string) Entity =
        ("package", PackageType.TypeName, "The package as it is after the edit; null when refused.");

    public void AddTo(ObjectGraphType mutation)
    {
        MutationFieldBuilder.Add(mutation, "createPackage", "Adds a package. Any editor may.",
            input => Fields(input.With("title", "String!", "The display name, at most 100 characters.")
                .With("slug", "String!", "The unique name in URLs: a-z, 0-9, '-', '_', at most 100 (lower-cased).")
                .With("categoryId", "ID!", "The global id of the package's category.")),
            Entity,
            async (input, ct) => MutationPayload.From(await packages.CreateAsync(input.Editor, Read(input), ct)));

        MutationFieldBuilder.Add(mutation, "updatePackage",
            "Changes a package; fields left out stay as they are. Any editor may. Refused as stale when " +
            "the package's version is no longer the one given.",
            input => Fields(input.With("id", "ID!", "The global id of the package.")
                .With("version", "Int!", "The package's version as last read.")
                .With("title", "String", "The display name, at most 100 characters.")
                .With("slug", "String", "The unique name in URLs: a-z, 0-9, '-', '_', at most 100 (lower-cased).")
                .With("categoryId", "ID", "The global id of the package's category.")),
            Entity,
            async (input, ct) =>
            {
                var id = input.RequiredId("id", PackageType.TypeName);
                return MutationPayload.From(await packages.UpdateAsync(
                    input.Editor, id, input.Int("version") ?? 0, Read(input), ct));
            });

        MutationFieldBuilder.Add(mutation, "deletePackage",
            "Deletes a package with its grid memberships and cells. Any editor may.",
            input => input.With("id", "ID!", "The global id of the package.")
                .With("version", "Int!", "The package's version as last read."),
            ("package", PackageType.TypeName, "The package as it was before it was deleted; null when refused."),
            async (input, ct) =>
            {
                var id = input.RequiredId("id", PackageType.TypeName);
                return input.Errors.Count > 0
                    ? MutationPayload.Fail(input.Errors)
                    : MutationPayload.From(await packages.DeleteAsync(input.Editor, id, input.Int("version") ?? 0, ct));
            });
    }

    private static InputObjectGraphType Fields(InputObjectGraphType input) => input
        .With("repoUrl", "String", "The repository's absolute http(s) URL, at most 255; unique; \"\" for none.")
        .With("repoDescription", "String", "The repository's description, at most 2,000 characters.")
        .With("pypiUrl", "String", "The PyPI page's absolute http(s) URL, at most 255; \"\" for none.")
        .With("documentationUrl", "String", "The documentation's absolute http(s) URL, at most 255; \"\" for none.")
        .With("commitsOver52", "[Int!]",
            "Commits per week over the last 52 weeks, oldest first: exactly 52, none negative.");

    private static PackageChanges Read(MutationInput input) => new()
    {
        Title = input.String("title"),
        Slug = input.String("slug"),
        CategoryId = input.Id("categoryId", CategoryType.TypeName),
        RepoUrl = input.String("repoUrl"),
        RepoDescription = input.String("repoDescription"),
        PypiUrl = input.String("pypiUrl"),
        DocumentationUrl = input.String("documentationUrl"),
        CommitsOver52 = input.Ints("commitsOver52"),

        // Note: last, so that it holds the problems of every id read above.
        InputErrors = [.. input.Errors],
    };
}
