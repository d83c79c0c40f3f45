using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gateway.Hardening.TrustedDocuments;

internal sealed class TrustedDocumentConfiguration : IEntityTypeConfiguration<TrustedDocument>
{
    public void Configure(EntityTypeBuilder<TrustedDocument> builder)
    {
        builder.ToTable("trusted_documents");
        builder.HasKey(d => d.Hash);
        builder.Property(d => d.Hash).HasMaxLength(64);
    }
}
