using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gateway.Data.Configurations;

internal sealed class GridPackageConfiguration : IEntityTypeConfiguration<GridPackage>
{
    public void Configure(EntityTypeBuilder<GridPackage> builder)
    {
        builder.HasOne(gp => gp.Grid)
            .WithMany(g => g.GridPackages)
            .HasForeignKey(gp => gp.GridId)
            .OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(gp => gp.Package)
            .WithMany(p => p.GridPackages)
            .HasForeignKey(gp => gp.PackageId)
            .OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(gp => new { gp.GridId, gp.PackageId }).IsUnique();
        builder.HasIndex(gp => new { gp.PackageId, gp.GridId });
    }
}
