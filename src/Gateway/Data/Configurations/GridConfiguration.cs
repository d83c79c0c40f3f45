using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gateway.Data.Configurations;

internal sealed class GridConfiguration : IEntityTypeConfiguration<Grid>
{
    public void Configure(EntityTypeBuilder<Grid> builder)
    {
        builder.Property(g => g.Id).ValueGeneratedOnAdd();
        builder.Property(g => g.Title).HasMaxLength(Grid.TitleMaxLength);
        builder.Property(g => g.Slug).HasMaxLength(Grid.SlugMaxLength);
        builder.Property(g => g.ModifiedBy).HasMaxLength(ApiToken.NameMaxLength);
        builder.Property(g => g.Version).IsConcurrencyToken();
        builder.HasIndex(g => g.Slug).IsUnique();
        builder.HasIndex(g => g.Title);
        builder.HasIndex(g => g.Created);
        builder.HasIndex(g => g.Modified);
    }
}
