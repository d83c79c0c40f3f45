using System.Globalization;

namespace Gateway.Data.Import;

/// <summary>What an import did: v4 records inserted, updated and left as they were, and new participants.</summary>
public sealed record ImportSummary(int Inserted, int Updated, int Unchanged, int ParticipantsAdded)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Inserted} inserted, {Updated} updated, {Unchanged} unchanged, {ParticipantsAdded} new participants");
}
