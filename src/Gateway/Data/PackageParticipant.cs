namespace Gateway.Data;

/// <summary>A participant's place in a package's list of participants.</summary>
public sealed class PackageParticipant
{
    public int PackageId { get; set; }

    public Package? Package { get; set; }

    public int ParticipantId { get; set; }

    public Participant? Participant { get; set; }

    /// <summary>Zero-based position in the package's list, as the catalogue orders it.</summary>
    public int Position { get; set; }
}
