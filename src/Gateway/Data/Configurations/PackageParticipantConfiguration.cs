using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gateway.Data.Configurations;

internal sealed class PackageParticipantConfiguration : IEntityTypeConfiguration<PackageParticipant>
{
    public void Configure(EntityTypeBuilder<PackageParticipant> builder)
    {
        builder.HasKey(pp => new { pp.PackageId, pp.ParticipantId });
        builder.HasOne(pp => pp.Package)
            .WithMany(p => p.PackageParticipants)
            .HasForeignKey(pp => pp.PackageId)
            .OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(pp => pp.Participant)
            .WithMany(p => p.PackageParticipants)
            .HasForeignKey(pp => pp.ParticipantId)
            .OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(pp => new { pp.PackageId, pp.Position }).IsUnique();
        builder.HasIndex(pp => new { pp.ParticipantId, pp.PackageId });
    }
}
