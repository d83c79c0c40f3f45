using Gateway.Data;
using Gateway.DataLoading;
using Gateway.Filtering;
using Gateway.Graph;
using Gateway.Relay;
using GraphQL;
using GraphQL.Types;

namespace Gateway.Participants;

/// <summary>The <c>Query</c> fields of participants: <c>participants</c> and <c>participant(login:)</c>.</summary>
public sealed class ParticipantQueries : IQueryFields
{
    /// <inheritdoc/>
    public void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ConnectionGraphType<ParticipantType>>>("participants")
            .Description("All participants, by databaseId ascending.")
            .PagingArguments()
            .FilterArguments(typeof(ParticipantFilterInputType), typeof(ParticipantSortInputType))
            .ResolveAsync(async c =>
            {
                var arguments = ConnectionArgumentsReader.Read<Participant>(c, ParticipantType.FieldColumns);
                return await FilteredConnection.LoadAsync(c, arguments,
                    db => db.Participants,
                    x => x,
                    new SortSpec<Participant>(),
                    x => x.Id);
            });
        query.Field<ParticipantType>("participant")
            .Description("The participant with this login; null when there is none.")
            .Argument<NonNullGraphType<StringGraphType>>("login", "The participant's login, exact (case matters).")
            .Resolve(c => c.Loader<ParticipantByLoginDataLoader>().Load(c.GetArgument<string>("login")));
    }
}
