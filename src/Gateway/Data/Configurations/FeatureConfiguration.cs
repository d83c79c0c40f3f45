using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gateway.Data.Configurations;

internal sealed class FeatureConfiguration : IEntityTypeConfiguration<Feature>
{
    public void Configure(EntityTypeBuilder<Feature> builder)
    {
        builder.Property(f => f.Title).HasMaxLength(Feature.TitleMaxLength);
        builder.Property(f => f.Version).IsConcurrencyToken();
        builder.HasOne(f => f.Grid)
            .WithMany(g => g.Features)
            .HasForeignKey(f => f.GridId)
            .OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(f => new { f.GridId, f.Id });
    }
}
