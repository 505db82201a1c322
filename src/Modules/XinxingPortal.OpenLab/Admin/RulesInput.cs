using System.Globalization;
using XinxingPortal.OpenLab.Data;

namespace XinxingPortal.OpenLab.Admin;

/// <summary>The booking-rules form; opening hours are lines such as "Mon 08:30-12:00".</summary>
internal sealed class RulesInput
{
    /// <summary>The longest booking and buffer any rules allow; with them a booking's block is never longer than <see cref="LongestBlock"/>.</summary>
    public const int LongestBookingMinutes = 10080, LongestBufferMinutes = 240;

    /// <summary>Lets a calendar read bookings by an index range on their start instead of every earlier booking.</summary>
    public static readonly TimeSpan LongestBlock = TimeSpan.FromMinutes(LongestBookingMinutes + 2 * LongestBufferMinutes);

    [System.ComponentModel.DataAnnotations.Range(5, 240, ErrorMessage = "The slot is 5 to 240 minutes.")]
    public int SlotMinutes { get; set; } = 30;

    [System.ComponentModel.DataAnnotations.Range(5, 1440, ErrorMessage = "The shortest booking is 5 to 1,440 minutes.")]
    public int MinMinutes { get; set; } = 30;

    [System.ComponentModel.DataAnnotations.Range(5, LongestBookingMinutes, ErrorMessage = "The longest booking is 5 to 10,080 minutes.")]
    public int MaxMinutes { get; set; } = 480;

    [System.ComponentModel.DataAnnotations.Range(0, LongestBufferMinutes, ErrorMessage = "A buffer is 0 to 240 minutes.")]
    public int BufferBeforeMinutes { get; set; }

    [System.ComponentModel.DataAnnotations.Range(0, LongestBufferMinutes, ErrorMessage = "A buffer is 0 to 240 minutes.")]
    public int BufferAfterMinutes { get; set; }

    [System.ComponentModel.DataAnnotations.Range(0, 720, ErrorMessage = "The minimum notice is 0 to 720 hours.")]
    public int MinNoticeHours { get; set; }

    [System.ComponentModel.DataAnnotations.Range(1, 366, ErrorMessage = "The booking horizon is 1 to 366 days.")]
    public int MaxNoticeDays { get; set; } = 60;

    [System.ComponentModel.DataAnnotations.Range(0, 720, ErrorMessage = "The cancellation deadline is 0 to 720 hours.")]
    public int CancelDeadlineHours { get; set; }

    [System.ComponentModel.DataAnnotations.Range(0, 1440, ErrorMessage = "The no-show grace period is 0 to 1,440 minutes.")]
    public int NoShowGraceMinutes { get; set; } = 30;

    [System.ComponentModel.DataAnnotations.Range(0, 240, ErrorMessage = "Check-in opens 0 to 240 minutes before the start.")]
    public int CheckInMinutes { get; set; } = 15;

    public bool ApprovalRequired { get; set; }
    public bool QualificationRequired { get; set; }

    [System.ComponentModel.DataAnnotations.Range(0, 168, ErrorMessage = "A weekly quota is 0 to 168 hours.")]
    public int WeeklyQuotaHours { get; set; }

    [System.ComponentModel.DataAnnotations.Range(0, 744, ErrorMessage = "A monthly quota is 0 to 744 hours.")]
    public int MonthlyQuotaHours { get; set; }

    public string? Hours { get; set; }

    public List<OpeningPeriod>? ParseHours()
    {
        var list = new List<OpeningPeriod>();
        foreach (var line in (Hours ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (OpeningHoursText.Parse(line) is not { } period)
            {
                return null;
            }

            list.Add(period);
        }

        return list;
    }

    public void ApplyTo(InstrumentRules r, List<OpeningPeriod> hours)
    {
        r.SlotMinutes = SlotMinutes;
        r.MinMinutes = MinMinutes;
        r.MaxMinutes = Math.Max(MaxMinutes, MinMinutes);
        r.BufferBeforeMinutes = BufferBeforeMinutes;
        r.BufferAfterMinutes = BufferAfterMinutes;
        r.MinNoticeHours = MinNoticeHours;
        r.MaxNoticeDays = MaxNoticeDays;
        r.CancelDeadlineHours = CancelDeadlineHours;
        r.NoShowGraceMinutes = NoShowGraceMinutes;
        r.CheckInMinutes = CheckInMinutes;
        r.ApprovalRequired = ApprovalRequired;
        r.QualificationRequired = QualificationRequired;
        r.WeeklyQuotaHours = WeeklyQuotaHours;
        r.MonthlyQuotaHours = MonthlyQuotaHours;
        r.Hours = hours;
    }
}

/// <summary>Opening hours as text: "Mon 08:30-12:00"; a closing time of 24:00 (or 00:00) runs to midnight.</summary>
internal static class OpeningHoursText
{
    public static OpeningPeriod? Parse(string line)
    {
        var parts = line.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 3 || !Enum.TryParse<DayOfWeek>(Day(parts[0]), true, out var day) || int.TryParse(parts[0], out _) ||
            !TimeOnly.TryParseExact(parts[1], "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var opens))
        {
            return null;
        }

        var closes = parts[2] == "24:00" ? TimeOnly.MinValue
            : TimeOnly.TryParseExact(parts[2], "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var c) ? c : (TimeOnly?)null;
        return closes is { } end && (end == TimeOnly.MinValue || end > opens) ? new OpeningPeriod(day, opens, end) : null;
    }

    public static string Format(OpeningPeriod p) =>
        string.Create(CultureInfo.InvariantCulture, $"{p.Day.ToString()[..3]} {p.Opens:HH\\:mm}-{(p.Closes == TimeOnly.MinValue ? "24:00" : p.Closes.ToString("HH:mm", CultureInfo.InvariantCulture))}");

    private static string Day(string s) => s.Length == 3
        ? Enum.GetNames<DayOfWeek>().FirstOrDefault(n => n.StartsWith(s, StringComparison.OrdinalIgnoreCase)) ?? s
        : s;
}
