namespace XinxingPortal.Outreach.Events;

/// <summary>An event's state as its organiser sets it; "full" is computed from the seats, not stored.</summary>
internal enum EventStatus
{
    Scheduled,
    Postponed,
    Cancelled,
}
