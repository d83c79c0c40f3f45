using Gateway.Data;
using Gateway.DataLoading;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Participants;

/// <summary>Participants by database id, one statement per batch.</summary>
public sealed class ParticipantByIdDataLoader(IDbContextFactory<CatalogueDbContext> contexts)
    : EntityByKeyDataLoader<int, Participant>(contexts, p => p.Id);
