using Gateway.Editing;
using Gateway.Packages;
using GraphQL.Types;

namespace Gateway.Grids;

/// <summary>
/// The grid mutations: the grid itself, its packages, its features and its cells. Editors edit unlocked
/// grids; moderators lock, unlock and edit locked grids.
/// </summary>
public sealed class GridMutations(GridEditService grids) : IMutationFields
{
    private static readonly (string, string, string) Grid =
        ("grid", GridType.TypeName, "The grid as it is after the edit; null when refused.");

    private static readonly (string, string, string) Feature =
        ("feature", FeatureType.TypeName, "The feature as it is after the edit; null when refused.");

    public void AddTo(ObjectGraphType mutation)
    {
        AddGridFields(mutation);
        AddMembershipFields(mutation);
        AddFeatureFields(mutation);
        MutationFieldBuilder.Add(mutation, "setGridElement",
            "Sets the text of one feature for one package of the grid (a cell), creating the cell if needed.",
            input => input.With("featureId", "ID!", "The global id of the feature (the row).")
                .With("packageId", "ID!", "The global id of the package (the column); it must be in the grid.")
                .With("text", "String!", "The cell's text, at most 1,000 characters; \"\" empties it.")
                .With("version", "Int", "The cell's version as last read; leave out when the cell had no text yet."),
            ("element", ElementType.TypeName, "The cell as it is after the edit; null when refused."),
            async (input, ct) =>
            {
                var featureId = input.RequiredId("featureId", FeatureType.TypeName);
                var packageId = input.RequiredId("packageId", PackageType.TypeName);
                return MutationPayload.From(await grids.SetElementAsync(input.Editor, featureId, packageId,
                    input.String("text"), input.Int("version"), input.Errors, ct));
            });
    }

    private void AddGridFields(ObjectGraphType mutation)
    {
        MutationFieldBuilder.Add(mutation, "createGrid", "Adds a grid. Any editor may; only moderators may lock it.",
            input => GridFields(input.With("title", "String!", "The display name, at most 100 characters.")
                .With("slug", "String!", "The unique name in URLs: a-z, 0-9, '-', '_', at most 100 (lower-cased).")),
            Grid,
            async (input, ct) => MutationPayload.From(await grids.CreateAsync(input.Editor, ReadGrid(input), ct)));

        MutationFieldBuilder.Add(mutation, "updateGrid",
            "Changes a grid; fields left out stay as they are. Locking and unlocking is for moderators.",
            input => GridFields(input.With("id", "ID!", "The global id of the grid.")
                .With("version", "Int!", "The grid's version as last read.")
                .With("title", "String", "The display name, at most 100 characters.")
                .With("slug", "String", "The unique name in URLs: a-z, 0-9, '-', '_', at most 100 (lower-cased).")),
            Grid,
            async (input, ct) =>
            {
                var id = input.RequiredId("id", GridType.TypeName);
                return MutationPayload.From(await grids.UpdateAsync(
                    input.Editor, id, input.Int("version") ?? 0, ReadGrid(input), ct));
            });

        MutationFieldBuilder.Add(mutation, "deleteGrid", "Deletes a grid with its features, cells and memberships.",
            input => input.With("id", "ID!", "The global id of the grid.")
                .With("version", "Int!", "The grid's version as last read."),
            ("grid", GridType.TypeName, "The grid as it was before it was deleted; null when refused."),
            async (input, ct) =>
            {
                var id = input.RequiredId("id", GridType.TypeName);
                return input.Errors.Count > 0
                    ? MutationPayload.Fail(input.Errors)
                    : MutationPayload.From(await grids.DeleteAsync(input.Editor, id, input.Int("version") ?? 0, ct));
            });
    }

    private void AddMembershipFields(ObjectGraphType mutation)
    {
        MutationFieldBuilder.Add(mutation, "addPackageToGrid", "Adds a package to a grid; moves the grid's version.",
            input => input.With("gridId", "ID!", "The global id of the grid.")
                .With("packageId", "ID!", "The global id of the package."),
            Grid,
            async (input, ct) =>
            {
                var gridId = input.RequiredId("gridId", GridType.TypeName);
                var packageId = input.RequiredId("packageId", PackageType.TypeName);
                return input.Errors.Count > 0
                    ? MutationPayload.Fail(input.Errors)
                    : MutationPayload.From(await grids.AddPackageAsync(input.Editor, gridId, packageId, ct));
            });

        MutationFieldBuilder.Add(mutation, "removePackageFromGrid",
            "Takes a package out of a grid with its cells there; needs the grid's version.",
            input => input.With("gridId", "ID!", "The global id of the grid.")
                .With("packageId", "ID!", "The global id of the package.")
                .With("version", "Int!", "The grid's version as last read."),
            Grid,
            async (input, ct) =>
            {
                var gridId = input.RequiredId("gridId", GridType.TypeName);
                var packageId = input.RequiredId("packageId", PackageType.TypeName);
                return input.Errors.Count > 0
                    ? MutationPayload.Fail(input.Errors)
                    : MutationPayload.From(await grids.RemovePackageAsync(
                        input.Editor, gridId, packageId, input.Int("version") ?? 0, ct));
            });
    }

    private void AddFeatureFields(ObjectGraphType mutation)
    {
        MutationFieldBuilder.Add(mutation, "addGridFeature",
            "Adds a feature (a row) to a grid; moves the grid's version.",
            input => input.With("gridId", "ID!", "The global id of the grid.")
                .With("title", "String!", "The feature's title, at most 100 characters.")
                .With("description", "String", "What the feature means, at most 1,000 characters."),
            Feature,
            async (input, ct) =>
            {
                var gridId = input.RequiredId("gridId", GridType.TypeName);
                return MutationPayload.From(await grids.AddFeatureAsync(input.Editor, gridId, ReadFeature(input), ct));
            });

        MutationFieldBuilder.Add(mutation, "updateGridFeature", "Changes a feature's title or description.",
            input => input.With("id", "ID!", "The global id of the feature.")
                .With("version", "Int!", "The feature's version as last read.")
                .With("title", "String", "The feature's title, at most 100 characters.")
                .With("description", "String", "What the feature means, at most 1,000 characters."),
            Feature,
            async (input, ct) =>
            {
                var id = input.RequiredId("id", FeatureType.TypeName);
                return MutationPayload.From(await grids.UpdateFeatureAsync(
                    input.Editor, id, input.Int("version") ?? 0, ReadFeature(input), ct));
            });

        MutationFieldBuilder.Add(mutation, "removeGridFeature",
            "Removes a feature and its cells; moves the grid's version.",
            input => input.With("id", "ID!", "The global id of the feature.")
                .With("version", "Int!", "The feature's version as last read."),
            ("feature", FeatureType.TypeName, "The feature as it was before it was removed; null when refused."),
            async (input, ct) =>
            {
                var id = input.RequiredId("id", FeatureType.TypeName);
                return input.Errors.Count > 0
                    ? MutationPayload.Fail(input.Errors)
                    : MutationPayload.From(await grids.RemoveFeatureAsync(
                        input.Editor, id, input.Int("version") ?? 0, ct));
            });
    }

    private static InputObjectGraphType GridFields(InputObjectGraphType input) => input
        .With("description", "String", "What the grid compares, at most 2,000 characters.")
        .With("isLocked", "Boolean", "Whether only moderators may edit the grid; only moderators may change it.");

    private static GridChanges ReadGrid(MutationInput input) => new()
    {
        Title = input.String("title"),
        Slug = input.String("slug"),
        Description = input.String("description"),
        IsLocked = input.Bool("isLocked"),
        InputErrors = [.. input.Errors],
    };

    private static FeatureChanges ReadFeature(MutationInput input) => new()
    {
        Title = input.String("title"),
        Description = input.String("description"),
        InputErrors = [.. input.Errors],
    };
}
