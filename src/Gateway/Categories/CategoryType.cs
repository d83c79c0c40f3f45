using Gateway.Data;
using Gateway.DataLoading;
using Gateway.Filtering;
using Gateway.Graph;
using Gateway.Packages;
using Gateway.Relay;
using GraphQL.Types;

namespace Gateway.Categories;

/// <summary>The <c>Category</c> type.</summary>
public sealed class CategoryType : ObjectGraphType<Category>
{
    public const string TypeName = "Category";

    /// <summary>The entity properties read by fields not named like a property (see <see cref="NodeShape"/>).</summary>
    public static readonly IReadOnlyDictionary<string, string[]> FieldColumns = new Dictionary<string, string[]>
    {
        ["id"] = ["Id"],
        ["databaseId"] = ["Id"],
        ["packages"] = ["Id"],
    };

    public CategoryType()
    {
        Name = TypeName;
        Description = "A top-level grouping of packages, such as Apps or Frameworks.";
        Interface<NodeInterfaceType>();
        IsTypeOf = value => value is Category;

        Field<NonNullGraphType<IdGraphType>>("id")
            .Description("The category's global id.")
            .Resolve(c => GlobalId.Encode(TypeName, c.Source.Id));
        Field<NonNullGraphType<IntGraphType>>("databaseId")
            .Description("The category's number in the v4 REST API (/api/v4/categories/{databaseId}/).")
            .Resolve(c => c.Source.Id);
        Field<NonNullGraphType<IntGraphType>>("version")
            .Description("Concurrency token, bumped by every edit: send it back with an edit to detect lost updates.")
            .Resolve(c => c.Source.Version);
        Field<NonNullGraphType<StringGraphType>>("title")
            .Description("The category's display name, singular.")
            .Resolve(c => c.Source.Title);
        Field<NonNullGraphType<StringGraphType>>("slug")
            .Description("The category's unique name in URLs.")
            .Resolve(c => c.Source.Slug);
        Field<NonNullGraphType<StringGraphType>>("description")
            .Description("What the category holds.")
            .Resolve(c => c.Source.Description);
        Field<NonNullGraphType<StringGraphType>>("titlePlural")
            .Description("The category's display name, plural.")
            .Resolve(c => c.Source.TitlePlural);
        Field<NonNullGraphType<BooleanGraphType>>("showPypi")
            .Description("Whether the catalogue shows PyPI columns for packages of this category.")
            .Resolve(c => c.Source.ShowPypi);
        Field<NonNullGraphType<UtcDateTimeGraphType>>("created")
            .Description("When the category was created.")
            .Resolve(c => c.Source.Created);
        Field<NonNullGraphType<UtcDateTimeGraphType>>("modified")
            .Description("When the category was last changed.")
            .Resolve(c => c.Source.Modified);
        Field<StringGraphType>("modifiedBy")
            .Description("The name of the API token that made the last edit; null for imported or seeded categories.")
            .Resolve(c => c.Source.ModifiedBy);
        Field<NonNullGraphType<ConnectionGraphType<PackageType>>>("packages")
            .Description("The packages of this category, by databaseId ascending.")
            .PagingArguments()
            .FilterArguments(typeof(PackageFilterInputType), typeof(PackageSortInputType))
            .Resolve(c => c.ConnectionLoader(contexts => new PackagesByCategoryIdDataLoader(contexts,
                    ConnectionArgumentsReader.Read<Package>(c, PackageType.FieldColumns)))
                .Load(c.Source.Id));
    }
}
