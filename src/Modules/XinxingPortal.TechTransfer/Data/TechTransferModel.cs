using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using XinxingPortal.Abstractions.Data;

namespace XinxingPortal.TechTransfer.Data;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.ToTable("TechTransfer_Organisations");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).HasMaxLength(64);
        builder.Property(x => x.UserId).HasMaxLength(64);
        builder.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(x => x.Name).HasMaxLength(128);
        builder.Property(x => x.CreditCode).HasMaxLength(18);
        builder.Property(x => x.Culture).HasMaxLength(16);
        builder.HasIndex(x => x.CreditCode).IsUnique().HasDatabaseName("UX_TechTransfer_Organisations_CreditCode");
        builder.HasIndex(x => x.UserId).IsUnique().HasDatabaseName("UX_TechTransfer_Organisations_UserId");
        builder.HasIndex(x => x.Status);
    }
}

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
    }
}

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

internal sealed class ChallengeConfiguration : IEntityTypeConfiguration<Challenge>
{
    public void Configure(EntityTypeBuilder<Challenge> builder)
    {
        builder.ToTable("TechTransfer_Challenges");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).HasMaxLength(64);
        builder.Property(x => x.Field).HasConversion<string>().HasMaxLength(32);
        builder.Property(x => x.Title).HasMaxLength(128);
        builder.Property(x => x.WinnerApplicationId).HasMaxLength(64);
        builder.HasIndex(x => new { x.Published, x.Deadline });
    }
}

internal sealed class ChallengeApplicationConfiguration : IEntityTypeConfiguration<ChallengeApplication>
{
    public void Configure(EntityTypeBuilder<ChallengeApplication> builder)
    {
        builder.ToTable("TechTransfer_Applications");
        ListingColumns.Configure(builder);
        builder.Property(x => x.ChallengeId).HasMaxLength(64);
        // One application per organisation and challenge, also when two submits race.
        builder.HasIndex(x => new { x.ChallengeId, x.OrganisationId }).IsUnique().HasDatabaseName("UX_TechTransfer_Applications_Challenge_Organisation");
    }
}

internal sealed class AttachmentConfiguration : IEntityTypeConfiguration<Attachment>
{
    public void Configure(EntityTypeBuilder<Attachment> builder)
    {
        builder.ToTable("TechTransfer_Attachments");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).HasMaxLength(64);
        builder.Property(x => x.OwnerKind).HasConversion<string>().HasMaxLength(16);
        builder.Property(x => x.OwnerId).HasMaxLength(64);
        builder.Property(x => x.FileName).HasMaxLength(200);
        builder.HasIndex(x => new { x.OwnerKind, x.OwnerId });
    }
}

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

internal sealed class ThreadMessageConfiguration : IEntityTypeConfiguration<ThreadMessage>
{
    public void Configure(EntityTypeBuilder<ThreadMessage> builder)
    {
        builder.ToTable("TechTransfer_Messages");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.ThreadId).HasMaxLength(64);
        builder.Property(x => x.OrganisationId).HasMaxLength(64);
        builder.HasIndex(x => x.ThreadId);
    }
}

internal sealed class MatchNoticeConfiguration : IEntityTypeConfiguration<MatchNotice>
{
    public void Configure(EntityTypeBuilder<MatchNotice> builder)
    {
        builder.ToTable("TechTransfer_MatchNotices");
        builder.HasKey(x => new { x.DemandId, x.OutcomeId });
        builder.Property(x => x.DemandId).HasMaxLength(64);
        builder.Property(x => x.OutcomeId).HasMaxLength(64);
    }
}

internal static class ListingColumns
{
    public static void Configure<T>(EntityTypeBuilder<T> builder) where T : Listing
    {
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).HasMaxLength(64);
        builder.Property(x => x.OrganisationId).HasMaxLength(64);
        builder.Property(x => x.PostedBy).HasMaxLength(64);
        builder.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(x => x.OrganisationId);
    }
}
