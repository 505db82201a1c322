using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace XinxingPortal.Platform.Auditing;

internal sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTime AtUtc { get; set; }
    public string? User { get; set; }
    public string Action { get; set; } = "";
    public string Subject { get; set; } = "";
    public string? Detail { get; set; }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("Platform_AuditLog");
        builder.Property(x => x.User).HasMaxLength(128);
        builder.Property(x => x.Action).HasMaxLength(64);
        builder.Property(x => x.Subject).HasMaxLength(256);
        builder.Property(x => x.Detail).HasMaxLength(2000);
        builder.HasIndex(x => x.AtUtc);
    }
}
