using Gateway.Categories;
using Gateway.Data;
using Gateway.DataLoading;
using Gateway.Filtering;
using Gateway.Graph;
using Gateway.Grids;
using Gateway.Participants;
using Gateway.Relay;
using GraphQL.Types;

namespace Gateway.Packages;

/// <summary>The <c>Package</c> type.</summary>
public sealed class PackageType : ObjectGraphType<Package>
{
    public const string TypeName = "Package";

    /// <summary>The entity properties read by fields not named like a property (see <see cref="NodeShape"/>).</summary>
    public static readonly IReadOnlyDictionary<string, string[]> FieldColumns = new Dictionary<string, string[]>
    {
        ["id"] = ["Id"],
        ["databaseId"] = ["Id"],
        ["grids"] = ["Id"],
        ["participants"] = ["Id"],
        ["category"] = ["CategoryId"],
        ["deprecatedBy"] = ["DeprecatedById"],
    };

    public PackageType()
    {
        Name = TypeName;
        Description = "A Django package: its repository, its PyPI release, its activity, its grids and people.";
        Interface<NodeInterfaceType>();
        IsTypeOf = value => value is Package;

        Field<NonNullGraphType<IdGraphType>>("id")
            .Description("The package's global id.")
            .Resolve(c => GlobalId.Encode(TypeName, c.Source.Id));
        Field<NonNullGraphType<IntGraphType>>("databaseId")
            .Description("The package's number in the v4 REST API (/api/v4/packages/{databaseId}/).")
            .Resolve(c => c.Source.Id);
        Field<NonNullGraphType<IntGraphType>>("version")
            .Description("Concurrency token, bumped by every edit: send it back with an edit to detect lost updates.")
            .Resolve(c => c.Source.Version);
        Field<NonNullGraphType<StringGraphType>>("title")
            .Description("The package's display name.")
            .Resolve(c => c.Source.Title);
        Field<NonNullGraphType<StringGraphType>>("slug")
            .Description("The package's unique name in URLs.")
            .Resolve(c => c.Source.Slug);
        Field<NonNullGraphType<CategoryType>>("category")
            .Description("The category the package belongs to.")
            .Resolve(c => c.Loader<CategoryByIdDataLoader>().Load(c.Source.CategoryId));
        Field<NonNullGraphType<ConnectionGraphType<GridType>>>("grids")
            .Description("The grids that compare this package, in the order the package joined them.")
            .PagingArguments()
            .FilterArguments(typeof(GridFilterInputType), typeof(GridSortInputType))
            .Resolve(c => c.ConnectionLoader(contexts =>
                    new GridsByPackageIdDataLoader(contexts,
                        ConnectionArgumentsReader.Read<Grid>(c, GridType.FieldColumns)))
                .Load(c.Source.Id));
        Field<NonNullGraphType<ConnectionGraphType<ParticipantType>>>("participants")
            .Description("The people taking part in the package, in the order the catalogue lists them.")
            .PagingArguments()
            .FilterArguments(typeof(ParticipantFilterInputType), typeof(ParticipantSortInputType))
            .Resolve(c => c.ConnectionLoader(contexts =>
                    new ParticipantsByPackageIdDataLoader(contexts,
                        ConnectionArgumentsReader.Read<Participant>(c, ParticipantType.FieldColumns)))
                .Load(c.Source.Id));
        Field<NonNullGraphType<StringGraphType>>("repoUrl")
            .Description("The repository's URL; empty when unknown.")
            .Resolve(c => c.Source.RepoUrl);
        Field<NonNullGraphType<StringGraphType>>("repoDescription")
            .Description("The repository's own description.")
            .Resolve(c => c.Source.RepoDescription);
        Field<NonNullGraphType<IntGraphType>>("repoWatchers")
            .Description("Stars of the repository, as last fetched.")
            .Resolve(c => c.Source.RepoWatchers);
        Field<NonNullGraphType<IntGraphType>>("repoForks")
            .Description("Forks of the repository, as last fetched.")
            .Resolve(c => c.Source.RepoForks);
        Field<NonNullGraphType<StringGraphType>>("pypiUrl")
            .Description("The package's PyPI page; empty when it has none.")
            .Resolve(c => c.Source.PypiUrl);
        Field<StringGraphType>("pypiVersion")
            .Description("The latest release on PyPI; null when the package has none.")
            .Resolve(c => c.Source.PypiVersion);
        Field<StringGraphType>("documentationUrl")
            .Description("Where the documentation lives; null when unknown.")
            .Resolve(c => c.Source.DocumentationUrl);
        Field<UtcDateTimeGraphType>("lastUpdated")
            .Description("Time of the repository's last commit; null when never fetched.")
            .Resolve(c => c.Source.LastUpdated);
        Field<UtcDateTimeGraphType>("lastFetched")
            .Description("Time the catalogue last fetched repository and PyPI data; null when never.")
            .Resolve(c => c.Source.LastFetched);
        Field<NonNullGraphType<UtcDateTimeGraphType>>("created")
            .Description("When the package was added to the catalogue.")
            .Resolve(c => c.Source.Created);
        Field<NonNullGraphType<UtcDateTimeGraphType>>("modified")
            .Description("When the package was last changed in the catalogue.")
            .Resolve(c => c.Source.Modified);
        Field<StringGraphType>("modifiedBy")
            .Description("The name of the API token that made the last edit; null for imported or seeded packages.")
            .Resolve(c => c.Source.ModifiedBy);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IntGraphType>>>>("commitsOver52")
            .Description("Commits per week over the last 52 weeks, oldest week first.")
            .Resolve(c => c.Source.CommitsOver52);
        Field<NonNullGraphType<IntGraphType>>("pypiDownloads")
            .Description("Downloads from PyPI, as last fetched.")
            .Resolve(c => c.Source.PypiDownloads);
        Field<StringGraphType>("pypiLicense")
            .Description("The license declared on PyPI; null when unknown.")
            .Resolve(c => c.Source.PypiLicense);
        Field<StringGraphType>("pypiRequiresPython")
            .Description("The Python versions the release declares (requires_python); null when unknown.")
            .Resolve(c => c.Source.PypiRequiresPython);
        Field<BooleanGraphType>("supportsPython3")
            .Description("Whether the package supports Python 3; null when unknown.")
            .Resolve(c => c.Source.SupportsPython3);
        Field<NonNullGraphType<IntGraphType>>("commitCount")
            .Description("Commits over the last 52 weeks: the sum of commitsOver52.")
            .Resolve(c => c.Source.CommitCount);
        Field<NonNullGraphType<IntGraphType>>("score")
            .Description("The catalogue's ranking score.")
            .Resolve(c => c.Source.Score);
        Field<UtcDateTimeGraphType>("dateDeprecated")
            .Description("When the package was marked deprecated; null while it is not.")
            .Resolve(c => c.Source.DateDeprecated);
        Field<PackageType>("deprecatedBy")
            .Description("The package that replaces this one; null when none is named.")
            .Resolve(c => c.Source.DeprecatedById is { } id ? c.Loader<PackageByIdDataLoader>().Load(id) : null);
    }
}
