using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace XinxingPortal.TechTransfer.Data;

internal sealed class InterestThreadConfiguration : IEntityTypeConfiguration<InterestThread>
{
    public void Configure(EntityTypeBuilder<InterestThread> builder)
    {
        builder.ToTable("TechTransfer_Threads");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).HasMaxLength(64);
        builder.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(x => x.ListingId).HasMaxLength(64);
        builder.Property(x => x.StarterOrganisationId).HasMaxLength(64);
        builder.Property(x => x.OwnerOrganisationId).HasMaxLength(64);
        // One thread per listing and interested organisation: asking twice reopens the same conversation.
        builder.HasIndex(x => new { x.Kind, x.ListingId, x.StarterOrganisationId }).IsUnique()
            .HasDatabaseName("UX_TechTransfer_Threads_Listing_Starter");
        builder.HasIndex(x => x.OwnerOrganisationId);
    }
}
