using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gateway.Data.Configurations;

internal sealed class ElementConfiguration : IEntityTypeConfiguration<Element>
{
    public void Configure(EntityTypeBuilder<Element> builder)
    {
        builder.Property(e => e.Version).IsConcurrencyToken();
        builder.HasOne(e => e.Feature)
            .WithMany(f => f.Elements)
            .HasForeignKey(e => e.FeatureId)
            .OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(e => e.Package)
            .WithMany()
            .HasForeignKey(e => e.PackageId)
            .OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => new { e.FeatureId, e.PackageId }).IsUnique();
        builder.HasIndex(e => e.PackageId);
    }
}
