using XinxingPortal.OpenLab.Data;

namespace XinxingPortal.OpenLab.Booking;

internal static class BookingStates
{
    /// <summary>The msgid a status is shown by.</summary>
    public static string NameOf(BookingStatus status) => status switch
    {
        BookingStatus.Requested => "Waiting for approval",
        BookingStatus.Approved => "Approved",
        BookingStatus.Rejected => "Declined",
        BookingStatus.InUse => "In use",
        BookingStatus.Completed => "Completed",
        BookingStatus.NoShow => "No-show",
        _ => "Cancelled",
    };

    public static string NameOf(SlotState state) => state switch
    {
        SlotState.Free => "Free",
        SlotState.Taken => "Booked",
        SlotState.Blackout => "Unavailable",
        SlotState.Closed => "Closed",
        _ => "Not bookable",
    };
}
