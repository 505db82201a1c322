using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace XinxingPortal.TechTransfer.Data;

internal sealed class DemandConfiguration : IEntityTypeConfiguration<Demand>
{
    public void Configure(EntityTypeBuilder<Demand> builder)
    {
        builder.ToTable("TechTransfer_Demands");
        ListingColumns.Configure(builder);
        builder.Property(x => x.Field).HasConversion<string>().HasMaxLength(32);
        builder.Property(x => x.Type).HasConversion<string>().HasMaxLength(16);
        builder.Property(x => x.Title).HasMaxLength(128);
        builder.HasIndex(x => new { x.Status, x.ValidUntil });
    }
}
