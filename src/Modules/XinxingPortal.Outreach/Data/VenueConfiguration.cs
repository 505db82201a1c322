using XinxingPortal.Abstractions.Data;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using XinxingPortal.Abstractions.Content;

namespace XinxingPortal.Outreach.Data;

internal sealed class VenueConfiguration() : ContentVersionConfiguration<Venue>("Outreach_Venues")
{
    public override void Configure(EntityTypeBuilder<Venue> builder)
    {
        base.Configure(builder);
        builder.Property(x => x.Type).HasConversion<string>().HasMaxLength(32);
        builder.Property(x => x.Hours).AsJson();
        builder.Property(x => x.Closures).AsJson();
        builder.Property(x => x.PhotoIds).AsJson();
        builder.Property(x => x.District).HasMaxLength(64);
        builder.HasIndex(x => new { x.Published, x.Culture, x.Type, x.District });
    }
}
