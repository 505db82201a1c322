namespace XinxingPortal.OpenLab.Data;

/// <summary>How an instrument may be booked (LibreBooking's resource rules, NEMO's qualification). One row per instrument; not versioned.</summary>
internal sealed class InstrumentRules
{
    public string InstrumentId { get; set; } = "";
    public int SlotMinutes { get; set; } = 30;
    public int MinMinutes { get; set; } = 30;
    public int MaxMinutes { get; set; } = 480;
    public int BufferBeforeMinutes { get; set; }
    public int BufferAfterMinutes { get; set; }
    /// <summary>Booking must be at least this many hours ahead.</summary>
    public int MinNoticeHours { get; set; } = 24;
    /// <summary>Booking may be at most this many days ahead.</summary>
    public int MaxNoticeDays { get; set; } = 60;
    /// <summary>A booking may be cancelled until this many hours before it starts.</summary>
    public int CancelDeadlineHours { get; set; } = 24;
    /// <summary>An approved booking nobody started this many minutes after its start becomes a no-show (NEMO's rule).</summary>
    public int NoShowGraceMinutes { get; set; } = 30;
    /// <summary>The booking's user may check in (which starts the use) from this many minutes before the start until the no-show grace runs out.</summary>
    public int CheckInMinutes { get; set; } = 15;
    public bool ApprovalRequired { get; set; } = true;
    public bool QualificationRequired { get; set; }
    /// <summary>Hours per user per Beijing week (Monday–Sunday); 0 = no quota.</summary>
    public int WeeklyQuotaHours { get; set; }
    public int MonthlyQuotaHours { get; set; }
    public List<OpeningPeriod> Hours { get; set; } = [];
}

/// <summary>Opening hours on one weekday, Beijing time.</summary>
internal sealed record OpeningPeriod(DayOfWeek Day, TimeOnly Opens, TimeOnly Closes);
