using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using XinxingPortal.Abstractions.Changes;

namespace XinxingPortal.Platform.Changes;

/// <summary>A row of the change feed, written in the same transaction as the change it records.</summary>
internal sealed class ChangeLogRecord
{
    public long Id { get; set; }
    public string ContentType { get; set; } = "";
    public string ItemId { get; set; } = "";
    public string Culture { get; set; } = "";
    public ContentChangeKind Kind { get; set; }
    public DateTime AtUtc { get; set; }

    public FeedEntry ToEntry() => new(Id, new ContentChange(ContentType, ItemId, Culture, Kind), AtUtc);
}

internal sealed class ChangeLogRecordConfiguration : IEntityTypeConfiguration<ChangeLogRecord>
{
    public void Configure(EntityTypeBuilder<ChangeLogRecord> builder)
    {
        builder.ToTable("Platform_ChangeLog");
        builder.Property(x => x.ContentType).HasMaxLength(64);
        builder.Property(x => x.ItemId).HasMaxLength(64);
        builder.Property(x => x.Culture).HasMaxLength(16);
        builder.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
    }
}
