using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace XinxingPortal.Platform.Data;

/// <summary>A feature switched on for the tenant that owns the database.</summary>
internal sealed class FeatureRecord
{
    public string Id { get; set; } = "";
    public DateTime EnabledUtc { get; set; }
}

internal sealed class FeatureRecordConfiguration : IEntityTypeConfiguration<FeatureRecord>
{
    public void Configure(EntityTypeBuilder<FeatureRecord> builder)
    {
        builder.ToTable("Platform_Features");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).HasMaxLength(128);
    }
}
