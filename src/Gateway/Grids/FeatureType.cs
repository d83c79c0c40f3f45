using Gateway.Data;
using Gateway.DataLoading;
using Gateway.Graph;
using Gateway.Relay;
using GraphQL.Types;

namespace Gateway.Grids;

/// <summary>The <c>Feature</c> type: a row of a grid's comparison matrix.</summary>
public sealed class FeatureType : ObjectGraphType<Feature>
{
    public const string TypeName = "Feature";

    /// <summary>The entity properties read by fields not named like a property (see <see cref="NodeShape"/>).</summary>
    public static readonly IReadOnlyDictionary<string, string[]> FieldColumns = new Dictionary<string, string[]>
    {
        ["id"] = ["Id"],
        ["databaseId"] = ["Id"],
        ["grid"] = ["GridId"],
        ["elements"] = ["Id"],
    };

    public FeatureType()
    {
        Name = TypeName;
        Description = "A row of a grid's comparison matrix, such as 'Supports Python 3'.";
        Interface<NodeInterfaceType>();
        IsTypeOf = value => value is Feature;

        Field<NonNullGraphType<IdGraphType>>("id")
            .Description("The feature's global id.")
            .Resolve(c => GlobalId.Encode(TypeName, c.Source.Id));
        Field<NonNullGraphType<IntGraphType>>("databaseId")
            .Description("The feature's number in the catalogue.")
            .Resolve(c => c.Source.Id);
        Field<NonNullGraphType<IntGraphType>>("version")
            .Description("Concurrency token, bumped by every edit: send it back with an edit to detect lost updates.")
            .Resolve(c => c.Source.Version);
        Field<NonNullGraphType<StringGraphType>>("title")
            .Description("The feature's name, shown at the start of its row.")
            .Resolve(c => c.Source.Title);
        Field<NonNullGraphType<StringGraphType>>("description")
            .Description("What the feature means.")
            .Resolve(c => c.Source.Description);
        Field<NonNullGraphType<UtcDateTimeGraphType>>("created")
            .Description("When the feature was added.")
            .Resolve(c => c.Source.Created);
        Field<NonNullGraphType<UtcDateTimeGraphType>>("modified")
            .Description("When the feature was last changed.")
            .Resolve(c => c.Source.Modified);
        Field<NonNullGraphType<GridType>>("grid")
            .Description("The grid the feature belongs to.")
            .Resolve(c => c.Loader<GridByIdDataLoader>().Load(c.Source.GridId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ElementType>>>>("elements")
            .Description("The row's filled cells, one per package that has text for this feature, in the " +
                "order the packages joined the grid. A package without a cell has no element here.")
            .Resolve(c => c.Loader<ElementsByFeatureIdDataLoader>().Load(c.Source.Id));
    }
}
