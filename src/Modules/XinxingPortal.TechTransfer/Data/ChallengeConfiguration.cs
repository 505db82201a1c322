using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace XinxingPortal.TechTransfer.Data;

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
