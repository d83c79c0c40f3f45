using Gateway.Data;
using Gateway.DataLoading;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Participants;

/// <summary>Participants by login (exact case), one statement per batch.</summary>
public sealed class ParticipantByLoginDataLoader(IDbContextFactory<CatalogueDbContext> contexts)
    : EntityByKeyDataLoader<string, Participant>(contexts, p => p.Login);
