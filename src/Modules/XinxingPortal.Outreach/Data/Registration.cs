using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using XinxingPortal.Outreach.Registrations;

namespace XinxingPortal.Outreach.Data;

/// <summary>A sign-up for an event. Personal data: shown only to the event's organiser and administrators.</summary>
internal sealed class Registration
{
    public long Id { get; set; }
    public string EventSet { get; set; } = "";
    public string Name { get; set; } = "";
    public string Mobile { get; set; } = "";
    public string Email { get; set; } = "";
    public int PartySize { get; set; }
    public RegistrationStatus Status { get; set; }

    /// <summary>The secret in the confirmation link; whoever holds it manages this registration and no other.</summary>
    public string Token { get; set; } = "";

    public string Culture { get; set; } = "zh-CN";
    public DateTime CreatedUtc { get; set; }
    public DateTime? CancelledUtc { get; set; }
}

internal sealed class RegistrationConfiguration : IEntityTypeConfiguration<Registration>
{
    public void Configure(EntityTypeBuilder<Registration> builder)
    {
        builder.ToTable("Outreach_Registrations");
        builder.Property(x => x.EventSet).HasMaxLength(64).IsRequired();
        builder.Property(x => x.Name).HasMaxLength(64).IsRequired();
        builder.Property(x => x.Mobile).HasMaxLength(11).IsRequired();
        builder.Property(x => x.Email).HasMaxLength(256).IsRequired();
        builder.Property(x => x.Token).HasMaxLength(64).IsRequired();
        builder.Property(x => x.Culture).HasMaxLength(16);
        builder.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(x => x.Token).IsUnique();
        builder.HasIndex(x => new { x.EventSet, x.Status, x.CreatedUtc });
    }
}
