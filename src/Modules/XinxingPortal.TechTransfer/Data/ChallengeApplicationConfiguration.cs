using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace XinxingPortal.TechTransfer.Data;

internal sealed class ChallengeApplicationConfiguration : IEntityTypeConfiguration<ChallengeApplication>
{
    public void Configure(EntityTypeBuilder<ChallengeApplication> builder)
    {
        builder.ToTable("TechTransfer_Applications");
        ListingColumns.Configure(builder);
        builder.Property(x => x.ChallengeId).HasMaxLength(64);
        // Resubmitting a returned application moves it from Returned to Pending; with the status as a concurrency
        // token only one of several racing resubmissions commits, so they cannot together pass the 3-file limit.
        // One application per organisation and challenge, also when two submits race.
        builder.HasIndex(x => new { x.ChallengeId, x.OrganisationId }).IsUnique().HasDatabaseName("UX_TechTransfer_Applications_Challenge_Organisation");
    }
}
