using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace XinxingPortal.TechTransfer.Data;

internal sealed class AttachmentConfiguration : IEntityTypeConfiguration<Attachment>
{
    public void Configure(EntityTypeBuilder<Attachment> builder)
    {
        builder.ToTable("TechTransfer_Attachments");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).HasMaxLength(64);
        builder.Property(x => x.OwnerKind).HasConversion<string>().HasMaxLength(16);
        builder.Property(x => x.OwnerId).HasMaxLength(64);
        builder.Property(x => x.FileName).HasMaxLength(200);
        builder.HasIndex(x => new { x.OwnerKind, x.OwnerId });
    }
}
