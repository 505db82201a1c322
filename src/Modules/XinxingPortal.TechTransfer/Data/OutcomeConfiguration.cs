using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using XinxingPortal.Abstractions.Data;

namespace XinxingPortal.TechTransfer.Data;

internal sealed class OutcomeConfiguration : IEntityTypeConfiguration<Outcome>
{
    public void Configure(EntityTypeBuilder<Outcome> builder)
    {
        builder.ToTable("TechTransfer_Outcomes");
        ListingColumns.Configure(builder);
        builder.Property(x => x.Field).HasConversion<string>().HasMaxLength(32);
        builder.Property(x => x.Keywords).AsJson();
        builder.Property(x => x.Patents).AsJson();
        builder.Property(x => x.ImageIds).AsJson();
        builder.Property(x => x.Title).HasMaxLength(128);
        builder.HasIndex(x => new { x.Status, x.Field, x.Trl });
        // The public list's order (newest approval first): a page is read from the index, not sorted from the table.
        builder.HasIndex(x => new { x.Status, x.PublishedUtc, x.Id });
    }
}
