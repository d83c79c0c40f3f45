namespace Gateway.Data;

/// <summary>A person who takes part in packages, known by their repository host login.</summary>
public sealed class Participant
{
    public const int LoginMaxLength = 100;

    public int Id { get; set; }

    /// <summary>The login exactly as the catalogue lists it (case kept).</summary>
    public string Login { get; set; } = "";

    public List<PackageParticipant> PackageParticipants { get; set; } = [];
}
