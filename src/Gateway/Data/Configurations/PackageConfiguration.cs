using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gateway.Data.Configurations;

internal sealed class PackageConfiguration : IEntityTypeConfiguration<Package>
{
    public void Configure(EntityTypeBuilder<Package> builder)
    {
        builder.Property(p => p.Id).ValueGeneratedOnAdd();
        builder.Property(p => p.Title).HasMaxLength(Package.TitleMaxLength);
        builder.Property(p => p.Slug).HasMaxLength(Package.SlugMaxLength);
        builder.Property(p => p.RepoUrl).HasMaxLength(Package.UrlMaxLength);
        builder.Property(p => p.PypiUrl).HasMaxLength(Package.UrlMaxLength);
        builder.Property(p => p.DocumentationUrl).HasMaxLength(Package.UrlMaxLength);
        builder.Property(p => p.PypiVersion).HasMaxLength(100);
        builder.Property(p => p.PypiLicense).HasMaxLength(100);
        builder.Property(p => p.PypiRequiresPython).HasMaxLength(100);
        builder.Property(p => p.ModifiedBy).HasMaxLength(ApiToken.NameMaxLength);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.Property(p => p.CommitsOver52).HasColumnName("commits_over_52");

        builder.HasOne(p => p.Category)
            .WithMany(c => c.Packages)
            .HasForeignKey(p => p.CategoryId)
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.DeprecatedBy)
            .WithMany()
            .HasForeignKey(p => p.DeprecatedById)
            .OnDelete(DeleteBehavior.SetNull);

        builder.HasIndex(p => p.Slug).IsUnique();
        // An empty repository URL means "unknown" and may repeat; any other is unique.
        builder.HasIndex(p => p.RepoUrl).IsUnique().HasFilter("repo_url <> ''");
        builder.HasIndex(p => p.CategoryId);
        builder.HasIndex(p => p.Title);
        builder.HasIndex(p => p.RepoWatchers);
        builder.HasIndex(p => p.RepoForks);
        builder.HasIndex(p => p.LastUpdated);
        builder.HasIndex(p => p.PypiDownloads);
        builder.HasIndex(p => p.Score);
        builder.HasIndex(p => p.Created);
        builder.HasIndex(p => p.Modified);

        // A category's packages, most stars first (the keyset order repoWatchers DESC, then id), read
        // straight from the index. Its sibling for "newest commit first" sorts on an expression the model
        // cannot hold, so the FilterIndexes migrations make it in SQL (ix_packages_category_id_recency on
        // SQLite, ix_packages_recency on PostgreSQL).
        builder.HasIndex(p => new { p.CategoryId, p.RepoWatchers, p.Id })
            .IsDescending(false, true, false);
    }
}
