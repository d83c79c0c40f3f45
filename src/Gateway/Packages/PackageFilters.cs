using Gateway.Categories;
using Gateway.Data;
using Gateway.Filtering;
using Gateway.Grids;
using Gateway.Participants;

namespace Gateway.Packages;

/// <summary>The fields of <see cref="Package"/> that <c>where</c>, <c>order</c> and aggregates can use.</summary>
public static class PackageFilters
{
    public static FilterDefinition<Package> Definition { get; } = new FilterDefinition<Package>("Package")
        .Field("databaseId", p => p.Id, "The package's v4 number.")
        .Field("title", p => p.Title, "The package's title.")
        .Field("slug", p => p.Slug, "The package's slug.")
        .Field("repoUrl", p => p.RepoUrl, "The repository URL; empty when unknown.")
        .Field("repoDescription", p => p.RepoDescription, "The repository's description.")
        .Field("repoWatchers", p => p.RepoWatchers, "Stars of the repository.")
        .Field("repoForks", p => p.RepoForks, "Forks of the repository.")
        .Field("pypiUrl", p => p.PypiUrl, "The PyPI URL; empty when unknown.")
        .Field("pypiVersion", p => p.PypiVersion, "The latest PyPI release; null when there is none.")
        .Field("pypiDownloads", p => p.PypiDownloads, "Downloads from PyPI as last fetched.")
        .Field("pypiLicense", p => p.PypiLicense, "The license PyPI lists; null when unknown.")
        .Field("pypiRequiresPython", p => p.PypiRequiresPython, "PyPI's Requires-Python; null when unknown.")
        .Field("supportsPython3", p => p.SupportsPython3, "Whether it supports Python 3; null when unknown.")
        .Field("documentationUrl", p => p.DocumentationUrl, "The documentation URL; null when unknown.")
        .Field("commitCount", p => p.CommitCount, "Commits over the last 52 weeks.")
        .Field("score", p => p.Score, "The site's ranking score.")
        .Field("lastUpdated", p => p.LastUpdated, "Time of the last commit; null when never fetched.")
        .Field("lastFetched", p => p.LastFetched, "Time the site last fetched the package; null when never.")
        .Field("dateDeprecated", p => p.DateDeprecated, "When it was deprecated; null while it is not.")
        .Field("created", p => p.Created, "When the package was added.")
        .Field("modified", p => p.Modified, "When the package was last changed.")
        .Object<Category, CategoryFilterInputType, CategorySortInputType>(
            "category", p => p.Category!, () => CategoryFilters.Definition, "The package's category.")
        .List<Grid, GridFilterInputType>(
            "grids", p => p.GridPackages.Select(gp => gp.Grid!), () => GridFilters.Definition,
            "The grids the package is in.")
        .List<Participant, ParticipantFilterInputType>(
            "participants", p => p.PackageParticipants.Select(pp => pp.Participant!),
            () => ParticipantFilters.Definition, "The package's participants.");
}
