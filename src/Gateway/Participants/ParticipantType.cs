using Gateway.Data;
using Gateway.DataLoading;
using Gateway.Filtering;
using Gateway.Packages;
using Gateway.Relay;
using GraphQL.Types;

namespace Gateway.Participants;

/// <summary>The <c>Participant</c> type.</summary>
public sealed class ParticipantType : ObjectGraphType<Participant>
{
    public const string TypeName = "Participant";

    /// <summary>The entity properties read by fields not named like a property (see <see cref="NodeShape"/>).</summary>
    public static readonly IReadOnlyDictionary<string, string[]> FieldColumns = new Dictionary<string, string[]>
    {
        ["id"] = ["Id"],
        ["databaseId"] = ["Id"],
        ["packages"] = ["Id"],
    };

    public ParticipantType()
    {
        Name = TypeName;
        Description = "A person who takes part in packages, known by their repository host login.";
        Interface<NodeInterfaceType>();
        IsTypeOf = value => value is Participant;

        Field<NonNullGraphType<IdGraphType>>("id")
            .Description("The participant's global id.")
            .Resolve(c => GlobalId.Encode(TypeName, c.Source.Id));
        Field<NonNullGraphType<IntGraphType>>("databaseId")
            .Description("The participant's number in the catalogue.")
            .Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("login")
            .Description("The login, exactly as the catalogue lists it (case kept).")
            .Resolve(c => c.Source.Login);
        Field<NonNullGraphType<ConnectionGraphType<PackageType>>>("packages")
            .Description("The packages this person takes part in, by package databaseId ascending.")
            .PagingArguments()
            .FilterArguments(typeof(PackageFilterInputType), typeof(PackageSortInputType))
            .Resolve(c => c.ConnectionLoader(contexts => new PackagesByParticipantIdDataLoader(contexts,
                    ConnectionArgumentsReader.Read<Package>(c, PackageType.FieldColumns)))
                .Load(c.Source.Id));
    }
}
