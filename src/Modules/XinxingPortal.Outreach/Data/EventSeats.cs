using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace XinxingPortal.Outreach.Data;

/// <summary>
/// The seats of one event (by localization set, so translations share them). Seats are taken with a single
/// conditional UPDATE and a CHECK constraint forbids Taken above Capacity, so concurrent sign-ups can never
/// overbook, on SQLite or PostgreSQL, on one node or many.
/// </summary>
internal sealed class EventSeats
{
    public string EventSet { get; set; } = "";
    public int Capacity { get; set; }
    public int Taken { get; set; }
}

internal sealed class EventSeatsConfiguration : IEntityTypeConfiguration<EventSeats>
{
    public void Configure(EntityTypeBuilder<EventSeats> builder)
    {
        builder.ToTable("Outreach_EventSeats", t =>
        {
            t.HasCheckConstraint("CK_Outreach_EventSeats_Taken", "\"Taken\" >= 0 AND \"Taken\" <= \"Capacity\"");
        });
        builder.HasKey(x => x.EventSet);
        builder.Property(x => x.EventSet).HasMaxLength(64);
    }
}
