using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gateway.Data.Configurations;

internal sealed class CategoryConfiguration : IEntityTypeConfiguration<Category>
{
    public void Configure(EntityTypeBuilder<Category> builder)
    {
        builder.Property(c => c.Id).ValueGeneratedOnAdd();
        builder.Property(c => c.Title).HasMaxLength(Category.TitleMaxLength);
        builder.Property(c => c.Slug).HasMaxLength(Category.SlugMaxLength);
        builder.Property(c => c.TitlePlural).HasMaxLength(Category.TitleMaxLength);
        builder.Property(c => c.ModifiedBy).HasMaxLength(ApiToken.NameMaxLength);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasIndex(c => c.Slug).IsUnique();
        builder.HasIndex(c => c.Title);
    }
}
