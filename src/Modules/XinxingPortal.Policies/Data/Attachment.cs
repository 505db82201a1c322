using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace XinxingPortal.Policies.Data;

/// <summary>
/// A file attached to a document (all its versions). Kept in the database so it commits with the document
/// and every web node sees it.
/// </summary>
internal sealed class Attachment
{
    public long Id { get; set; }
    public string ContentItemId { get; set; } = "";
    public string FileName { get; set; } = "";
    public string ContentType { get; set; } = "";
    public long Size { get; set; }
    public byte[] Data { get; set; } = [];
    public DateTime UploadedUtc { get; set; }
    public string? UploadedBy { get; set; }
}

internal sealed class AttachmentConfiguration : IEntityTypeConfiguration<Attachment>
{
    public void Configure(EntityTypeBuilder<Attachment> builder)
    {
        builder.ToTable("Policies_Attachments");
        builder.Property(x => x.ContentItemId).HasMaxLength(64).IsRequired();
        builder.Property(x => x.FileName).HasMaxLength(200).IsRequired();
        builder.Property(x => x.ContentType).HasMaxLength(128).IsRequired();
        builder.Property(x => x.UploadedBy).HasMaxLength(128);
        builder.HasIndex(x => x.ContentItemId);
    }
}
