using Gateway.Data;
using Gateway.DataLoading;
using Gateway.Graph;
using Gateway.Packages;
using Gateway.Relay;
using GraphQL.Types;

namespace Gateway.Grids;

/// <summary>The <c>Element</c> type: a cell of a grid's comparison matrix.</summary>
public sealed class ElementType : ObjectGraphType<Element>
{
    public const string TypeName = "Element";

    public ElementType()
    {
        Name = TypeName;
        Description = "A cell of a grid's comparison matrix: the text for one feature of one package.";
        Interface<NodeInterfaceType>();
        IsTypeOf = value => value is Element;

        Field<NonNullGraphType<IdGraphType>>("id")
            .Description("The element's global id.")
            .Resolve(c => GlobalId.Encode(TypeName, c.Source.Id));
        Field<NonNullGraphType<IntGraphType>>("databaseId")
            .Description("The element's number in the catalogue.")
            .Resolve(c => c.Source.Id);
        Field<NonNullGraphType<IntGraphType>>("version")
            .Description("Concurrency token, bumped by every edit: send it back with an edit to detect lost updates.")
            .Resolve(c => c.Source.Version);
        Field<NonNullGraphType<StringGraphType>>("text")
            .Description("The cell's text.")
            .Resolve(c => c.Source.Text);
        Field<NonNullGraphType<UtcDateTimeGraphType>>("created")
            .Description("When the cell was first filled.")
            .Resolve(c => c.Source.Created);
        Field<NonNullGraphType<UtcDateTimeGraphType>>("modified")
            .Description("When the cell was last changed.")
            .Resolve(c => c.Source.Modified);
        Field<NonNullGraphType<FeatureType>>("feature")
            .Description("The feature (row) of the cell.")
            .Resolve(c => c.Loader<FeatureByIdDataLoader>().Load(c.Source.FeatureId));
        Field<NonNullGraphType<PackageType>>("package")
            .Description("The package (column) of the cell.")
            .Resolve(c => c.Loader<PackageByIdDataLoader>().Load(c.Source.PackageId));
    }
}
