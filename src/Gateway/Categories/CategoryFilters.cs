using Gateway.Data;
using Gateway.Filtering;
using Gateway.Packages;

namespace Gateway.Categories;

/// <summary>The fields of <see cref="Category"/> that <c>where</c>, <c>order</c> and aggregates can use.</summary>
public static class CategoryFilters
{
    public static FilterDefinition<Category> Definition { get; } = new FilterDefinition<Category>("Category")
        .Field("databaseId", c => c.Id, "The category's v4 number.")
        .Field("title", c => c.Title, "The category's title.")
        .Field("slug", c => c.Slug, "The category's slug.")
        .Field("description", c => c.Description, "The category's description.")
        .Field("titlePlural", c => c.TitlePlural, "The title in the plural.")
        .Field("showPypi", c => c.ShowPypi, "Whether the site shows PyPI columns for its packages.")
        .Field("created", c => c.Created, "When the category was added.")
        .Field("modified", c => c.Modified, "When the category was last changed.")
        .List<Package, PackageFilterInputType>(
            "packages", c => c.Packages, () => PackageFilters.Definition, "The category's packages.");
}
