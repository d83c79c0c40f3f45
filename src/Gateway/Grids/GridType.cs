using Gateway.Data;
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
        Field<NonNullGraphType<ConnectionGraphType<PackageType>>>("packages")
            .Description("The packages compared in this grid (the matrix's columns), in the order they joined it.")
            .PagingArguments()
            .FilterArguments(typeof(PackageFilterInputType), typeof(PackageSortInputType))
            .ResolveAsync(async c => await GridConnections.PackagesAsync(c));
        Field<NonNullGraphType<ConnectionGraphType<FeatureType>>>("features")
            .Description("The grid's features (the matrix's rows), in the order they were added (databaseId).")
            .PagingArguments()
            .ResolveAsync(async c => await GridConnections.FeaturesAsync(c));
    }
}
