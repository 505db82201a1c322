using XinxingPortal.Abstractions.Data;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using XinxingPortal.Abstractions.Content;

namespace XinxingPortal.Outreach.Data;

internal sealed class OutreachEventConfiguration() : ContentVersionConfiguration<OutreachEvent>("Outreach_Events")
{
    public override void Configure(EntityTypeBuilder<OutreachEvent> builder)
    {
        base.Configure(builder);
        builder.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(x => x.PhotoIds).AsJson();
        builder.Property(x => x.VenueSet).HasMaxLength(64);
        builder.Property(x => x.OnlineUrl).HasMaxLength(512);
        builder.Property(x => x.Audience).HasMaxLength(128);
        builder.HasIndex(x => new { x.Published, x.Culture, x.StartUtc });
        builder.HasIndex(x => x.VenueSet);
    }
}
