using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using XinxingPortal.Abstractions.Content;
using XinxingPortal.Abstractions.Data;

namespace XinxingPortal.OpenLab.Data;

internal sealed class LabConfiguration() : ContentVersionConfiguration<Lab>("OpenLab_Labs")
{
    public override void Configure(EntityTypeBuilder<Lab> builder)
    {
        base.Configure(builder);
        builder.Property(x => x.HostUnit).HasMaxLength(128);
        builder.Property(x => x.Location).HasMaxLength(256);
        builder.Property(x => x.Manager).HasMaxLength(64);
        builder.Property(x => x.Contact).HasMaxLength(256);
    }
}

internal sealed class InstrumentConfiguration() : ContentVersionConfiguration<Instrument>("OpenLab_Instruments")
{
    public override void Configure(EntityTypeBuilder<Instrument> builder)
    {
        base.Configure(builder);
        builder.Property(x => x.LabId).HasMaxLength(64);
        builder.Property(x => x.EnglishName).HasMaxLength(256);
        builder.Property(x => x.Unit).HasMaxLength(128);
        builder.Property(x => x.InternalNumber).HasMaxLength(64);
        builder.Property(x => x.ClassificationCode).HasMaxLength(6);
        builder.Property(x => x.Model).HasMaxLength(128);
        builder.Property(x => x.Manufacturer).HasMaxLength(128);
        builder.Property(x => x.Country).HasMaxLength(64);
        builder.Property(x => x.OriginalValue).HasPrecision(12, 2);
        builder.Property(x => x.HourlyFee).HasPrecision(12, 2);
        builder.Property(x => x.Address).HasMaxLength(256);
        builder.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(x => x.Sharing).HasConversion<string>().HasMaxLength(16);
        builder.Property(x => x.Specifications).HasMaxLength(500);
        builder.Property(x => x.Functions).HasMaxLength(300);
        builder.Property(x => x.Services).HasMaxLength(2000);
        builder.Property(x => x.SharingRules).HasMaxLength(2000);
        builder.Property(x => x.Fees).HasMaxLength(1000);
        builder.Property(x => x.Contact).HasMaxLength(256);
        builder.Property(x => x.PhotoIds).AsJson();
        builder.HasIndex(x => new { x.Published, x.Culture, x.LabId });
    }
}

internal sealed class InstrumentRulesConfiguration : IEntityTypeConfiguration<InstrumentRules>
{
    public void Configure(EntityTypeBuilder<InstrumentRules> builder)
    {
        builder.ToTable("OpenLab_InstrumentRules");
        builder.HasKey(x => x.InstrumentId);
        builder.Property(x => x.InstrumentId).HasMaxLength(64);
        builder.Property(x => x.Hours).AsJson();
    }
}

internal sealed class BlackoutConfiguration : IEntityTypeConfiguration<Blackout>
{
    public void Configure(EntityTypeBuilder<Blackout> builder)
    {
        builder.ToTable("OpenLab_Blackouts");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).HasMaxLength(64);
        builder.Property(x => x.InstrumentId).HasMaxLength(64);
        builder.Property(x => x.Reason).HasMaxLength(256);
        builder.HasIndex(x => new { x.InstrumentId, x.StartUtc });
    }
}

internal sealed class QualificationConfiguration : IEntityTypeConfiguration<Qualification>
{
    public void Configure(EntityTypeBuilder<Qualification> builder)
    {
        builder.ToTable("OpenLab_Qualifications");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).HasMaxLength(64);
        builder.Property(x => x.InstrumentId).HasMaxLength(64);
        builder.Property(x => x.UserName).HasMaxLength(256);
        builder.Property(x => x.GrantedBy).HasMaxLength(256);
        builder.Property(x => x.Note).HasMaxLength(500);
        builder.Property(x => x.RevokeNote).HasMaxLength(500);
        builder.HasIndex(x => new { x.InstrumentId, x.UserName });
    }
}

internal sealed class BookingConfiguration : IEntityTypeConfiguration<Booking>
{
    /// <summary>The name the database gives an overlap refusal, on both providers (see the OpenLab migration).</summary>
    public const string NoOverlap = "OpenLab_Bookings_NoOverlap";

    public void Configure(EntityTypeBuilder<Booking> builder)
    {
        builder.ToTable("OpenLab_Bookings");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).HasMaxLength(64);
        builder.Property(x => x.InstrumentId).HasMaxLength(64);
        builder.Property(x => x.UserName).HasMaxLength(256);
        builder.Property(x => x.Email).HasMaxLength(256);
        builder.Property(x => x.Culture).HasMaxLength(16);
        builder.Property(x => x.Organisation).HasMaxLength(128);
        builder.Property(x => x.OrganisationId).HasMaxLength(64);
        builder.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(x => x.Purpose).HasMaxLength(500);
        builder.Property(x => x.Project).HasMaxLength(200);
        builder.Property(x => x.Reason).HasMaxLength(500);
        builder.Property(x => x.Fee).HasPrecision(12, 2);
        builder.HasIndex(x => new { x.InstrumentId, x.BlockStartUtc });
        builder.HasIndex(x => new { x.UserName, x.StartUtc });
        builder.HasIndex(x => new { x.Status, x.StartUtc });
    }
}

internal sealed class CalendarTokenConfiguration : IEntityTypeConfiguration<CalendarToken>
{
    public void Configure(EntityTypeBuilder<CalendarToken> builder)
    {
        builder.ToTable("OpenLab_CalendarTokens");
        builder.HasKey(x => x.UserName);
        builder.Property(x => x.UserName).HasMaxLength(256);
        builder.Property(x => x.Token).HasMaxLength(64);
        builder.HasIndex(x => x.Token).IsUnique();
    }
}

internal sealed class LabAssignmentConfiguration : IEntityTypeConfiguration<LabAssignment>
{
    public void Configure(EntityTypeBuilder<LabAssignment> builder)
    {
        builder.ToTable("OpenLab_LabAssignments");
        builder.HasKey(x => new { x.LabId, x.UserName });
        builder.Property(x => x.LabId).HasMaxLength(64);
        builder.Property(x => x.UserName).HasMaxLength(256);
        builder.HasIndex(x => x.UserName);
    }
}
