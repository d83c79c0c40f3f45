using Gateway.Data;
using Gateway.Filtering;

namespace Gateway.Participants;

/// <summary>The <c>where</c> input of Participant connections: <c>ParticipantFilterInput</c>.</summary>
public sealed class ParticipantFilterInputType() : FilterInputType<Participant>(ParticipantFilters.Definition);
