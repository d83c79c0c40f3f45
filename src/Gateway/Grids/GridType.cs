using Gateway.Data;
using Gateway.DataLoading;
using Gateway.Filtering;
using Gateway.Graph;
using Gateway.Packages;
using Gateway.Relay;
using GraphQL.Types;

namespace Gateway.Grids;

/// <summary>The <c>Grid</c> type.</summary>
public sealed class GridType : ObjectGraphType<Grid>
{
    public const string TypeName = "Grid";

    /// <summary>The entity properties read by fields not named like a property (see <see cref="NodeShape"/>).</summary>
    public static readonly IReadOnlyDictionary<string, string[]> FieldColumns = new Dictionary<string, string[]>
    {
        ["id"] = ["Id"],
        ["databaseId"] = ["Id"],
        ["packages"] = ["Id"],
        ["features"] = ["Id"],
    };

    public GridType()
    {
        Name = TypeName;
        Description = "A comparison grid: packages side by side against features. The matrix is " +
            "features { nodes { title elements { package { slug } text } } } beside packages { nodes { slug } }.";
        Interface<NodeInterfaceType>();
        IsTypeOf = value => value is Grid;

        Field<NonNullGraphType<IdGraphType>>("id")
            .Description("The grid's global id.")
            .Resolve(c => GlobalId.Encode(TypeName, c.Source.Id));
        Field<NonNullGraphType<IntGraphType>>("databaseId")
            .Description("The grid's number in the v4 REST API (/api/v4/grids/{databaseId}/).")
            .Resolve(c => c.Source.Id);
        Field<NonNullGraphType<IntGraphType>>("version")
            .Description("Concurrency token, bumped by every edit: send it back with an edit to detect lost updates.")
            .Resolve(c => c.Source.Version);
        Field<NonNullGraphType<StringGraphType>>("title")
            .Description("The grid's display name.")
            .Resolve(c => c.Source.Title);
        Field<NonNullGraphType<StringGraphType>>("slug")
            .Description("The grid's unique name in URLs.")
            .Resolve(c => c.Source.Slug);
        Field<NonNullGraphType<StringGraphType>>("description")
            .Description("What the grid compares.")
            .Resolve(c => c.Source.Description);
        Field<NonNullGraphType<BooleanGraphType>>("isLocked")
            .Description("A locked grid is edited by moderators only.")
            .Resolve(c => c.Source.IsLocked);
        Field<NonNullGraphType<BooleanGraphType>>("header")
            .Description("Whether the grid is featured in the site's header.")
            .Resolve(c => c.Source.Header);
        Field<NonNullGraphType<UtcDateTimeGraphType>>("created")
            .Description("When the grid was created.")
            .Resolve(c => c.Source.Created);
        Field<NonNullGraphType<UtcDateTimeGraphType>>("modified")
            .Description("When the grid was last changed.")
            .Resolve(c => c.Source.Modified);
        Field<StringGraphType>("modifiedBy")
            .Description("The name of the API token that made the last edit; null for imported or seeded grids.")
            .Resolve(c => c.Source.ModifiedBy);
        Field<NonNullGraphType<ConnectionGraphType<PackageType>>>("packages")
            .Description("The packages compared in this grid (the matrix's columns), in the order they joined it.")
            .PagingArguments()
            .FilterArguments(typeof(PackageFilterInputType), typeof(PackageSortInputType))
            .Resolve(c => c.ConnectionLoader(contexts => new PackagesByGridIdDataLoader(contexts,
                    ConnectionArgumentsReader.Read<Package>(c, PackageType.FieldColumns)))
                .Load(c.Source.Id));
        Field<NonNullGraphType<ConnectionGraphType<FeatureType>>>("features")
            .Description("The grid's features (the matrix's rows), in the order they were added (databaseId).")
            .PagingArguments()
            .FilterArguments(typeof(FeatureFilterInputType), typeof(FeatureSortInputType))
            .Resolve(c => c.ConnectionLoader(contexts =>
                    new FeaturesByGridIdDataLoader(contexts,
                        ConnectionArgumentsReader.Read<Feature>(c, FeatureType.FieldColumns)))
                .Load(c.Source.Id));
    }
}
