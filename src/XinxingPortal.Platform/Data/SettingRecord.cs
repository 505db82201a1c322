using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace XinxingPortal.Platform.Data;

/// <summary>A named JSON document of tenant settings (site settings, main menu).</summary>
internal sealed class SettingRecord
{
    public string Key { get; set; } = "";
    public string Json { get; set; } = "";
}

internal sealed class SettingRecordConfiguration : IEntityTypeConfiguration<SettingRecord>
{
    public void Configure(EntityTypeBuilder<SettingRecord> builder)
    {
        builder.ToTable("Platform_Settings");
        builder.HasKey(x => x.Key);
        builder.Property(x => x.Key).HasMaxLength(64);
    }
}
