using Gateway.Data;
using Gateway.Filtering;
using Gateway.Packages;

namespace Gateway.Grids;

/// <summary>The fields of <see cref="Grid"/> that <c>where</c>, <c>order</c> and aggregates can use.</summary>
public static class GridFilters
{
    public static FilterDefinition<Grid> Definition { get; } = new FilterDefinition<Grid>("Grid")
        .Field("databaseId", g => g.Id, "The grid's v4 number.")
        .Field("title", g => g.Title, "The grid's title.")
        .Field("slug", g => g.Slug, "The grid's slug.")
        .Field("description", g => g.Description, "The grid's description.")
        .Field("isLocked", g => g.IsLocked, "Whether only moderators may edit the grid.")
        .Field("header", g => g.Header, "Whether the grid is featured in the site's header.")
        .Field("created", g => g.Created, "When the grid was added.")
        .Field("modified", g => g.Modified, "When the grid was last changed.")
        .List<Package, PackageFilterInputType>(
            "packages", g => g.GridPackages.Select(gp => gp.Package!), () => PackageFilters.Definition,
            "The grid's packages.")
        .List<Feature, FeatureFilterInputType>(
            "features", g => g.Features, () => FeatureFilters.Definition, "The grid's features (its matrix rows).");
}
