using Gateway.Data;
using Gateway.Filtering;

namespace Gateway.Participants;

/// <summary>An item of the <c>order</c> list of Participant connections: <c>ParticipantSortInput</c>.</summary>
public sealed class ParticipantSortInputType() : SortInputType<Participant>(ParticipantFilters.Definition);
