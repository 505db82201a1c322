using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace XinxingPortal.TechTransfer.Data;

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
