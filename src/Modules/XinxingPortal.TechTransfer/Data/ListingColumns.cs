using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace XinxingPortal.TechTransfer.Data;

internal static class ListingColumns
{
    public static void Configure<T>(EntityTypeBuilder<T> builder) where T : Listing
    {
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).HasMaxLength(64);
        builder.Property(x => x.OrganisationId).HasMaxLength(64);
        builder.Property(x => x.PostedBy).HasMaxLength(64);
        builder.Property(x => x.Status).HasConversion<string>().HasMaxLength(16).IsConcurrencyToken();
        builder.Property(x => x.SubmittedBy).HasMaxLength(128);
        builder.HasIndex(x => x.OrganisationId);
    }
}
