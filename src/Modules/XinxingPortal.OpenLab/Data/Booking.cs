namespace XinxingPortal.OpenLab.Data;

/// <summary>
/// A booking of an instrument. <see cref="BlockStartUtc"/>..<see cref="BlockEndUtc"/> is the booked time with the
/// instrument's buffers; while <see cref="Holds"/> the database refuses any other holding booking whose block overlaps
/// it on the same instrument (an exclusion constraint on PostgreSQL, a trigger on SQLite).
/// </summary>
internal sealed class Booking
{
    public string Id { get; set; } = "";
    public string InstrumentId { get; set; } = "";
    public string UserName { get; set; } = "";
    public string Email { get; set; } = "";
    /// <summary>The language mail to the user is written in: the one they booked in.</summary>
    public string Culture { get; set; } = "zh-CN";
    /// <summary>The user's unit; a unit other than the instrument's makes the use 对外服务.</summary>
    public string Organisation { get; set; } = "";
    /// <summary>
    /// The verified TechTransfer organisation the user booked on behalf of, or null; <see cref="Organisation"/> then
    /// holds its verified name. Such a booking always serves a user outside the instrument's unit.
    /// </summary>
    public string? OrganisationId { get; set; }
    public DateTime StartUtc { get; set; }
    public DateTime EndUtc { get; set; }
    public DateTime BlockStartUtc { get; set; }
    public DateTime BlockEndUtc { get; set; }
    public BookingStatus Status { get; set; }

    /// <summary>True while the booking holds its time (requested, approved, in use); kept in step with <see cref="Status"/>.</summary>
    public bool Holds { get; set; }
    public string Purpose { get; set; } = "";
    public int SampleCount { get; set; }
    public string Project { get; set; } = "";
    public string? Reason { get; set; }
    public DateTime? ActualStartUtc { get; set; }
    public DateTime? ActualEndUtc { get; set; }
    /// <summary>服务收入 in 元, recorded by the operator.</summary>
    public decimal? Fee { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime ModifiedUtc { get; set; }

    public void MoveTo(BookingStatus status)
    {
        Status = status;
        Holds = status is BookingStatus.Requested or BookingStatus.Approved or BookingStatus.InUse;
    }
}

internal enum BookingStatus
{
    Requested,
    Approved,
    Rejected,
    InUse,
    Completed,
    NoShow,
    Cancelled,
}
