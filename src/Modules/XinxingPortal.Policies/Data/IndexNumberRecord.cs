using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace XinxingPortal.Policies.Data;

/// <summary>
/// 索引号: issued once per document (its localization set, so translations share it) on first publish,
/// never changed. The unique indexes are what keep two concurrent publishes from sharing a number.
/// </summary>
internal sealed class IndexNumberRecord
{
    public string LocalizationSet { get; set; } = "";
    public string IndexNumber { get; set; } = "";
    public int Year { get; set; }
    public int Serial { get; set; }

    /// <summary>发布日期: the first publication.</summary>
    public DateTime IssuedUtc { get; set; }
}

internal sealed class IndexNumberRecordConfiguration : IEntityTypeConfiguration<IndexNumberRecord>
{
    public void Configure(EntityTypeBuilder<IndexNumberRecord> builder)
    {
        builder.ToTable("Policies_IndexNumbers");
        builder.HasKey(x => x.LocalizationSet);
        builder.Property(x => x.LocalizationSet).HasMaxLength(64);
        builder.Property(x => x.IndexNumber).HasMaxLength(64).IsRequired();
        builder.HasIndex(x => x.IndexNumber).IsUnique();
        builder.HasIndex(x => new { x.Year, x.Serial }).IsUnique();
    }
}
