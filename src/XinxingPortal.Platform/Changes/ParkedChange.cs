using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace XinxingPortal.Platform.Changes;

/// <summary>A change a consumer failed on too often: set aside, with the error, so later changes still flow.</summary>
internal sealed class ParkedChange
{
    public long Id { get; set; }
    public string Consumer { get; set; } = "";
    public long ChangeId { get; set; }
    public string Error { get; set; } = "";
    public DateTime AtUtc { get; set; }
}

internal sealed class ParkedChangeConfiguration : IEntityTypeConfiguration<ParkedChange>
{
    public void Configure(EntityTypeBuilder<ParkedChange> builder)
    {
        builder.ToTable("Platform_ChangeFeedParked");
        builder.Property(x => x.Consumer).HasMaxLength(128);
        builder.Property(x => x.Error).HasMaxLength(1000);
    }
}
