using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace XinxingPortal.TechTransfer.Data;

internal sealed class ReviewEntryConfiguration : IEntityTypeConfiguration<ReviewEntry>
{
    public void Configure(EntityTypeBuilder<ReviewEntry> builder)
    {
        builder.ToTable("TechTransfer_ReviewHistory");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(x => x.ListingId).HasMaxLength(64);
        builder.Property(x => x.Action).HasMaxLength(32);
        builder.HasIndex(x => new { x.Kind, x.ListingId });
    }
}
