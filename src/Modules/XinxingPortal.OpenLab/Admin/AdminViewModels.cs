using XinxingPortal.Abstractions.Workflow;
using XinxingPortal.OpenLab.Data;

namespace XinxingPortal.OpenLab.Admin;

internal sealed record InstrumentAdminList(IReadOnlyList<Instrument> Instruments, IReadOnlyDictionary<string, string> Labs);

internal sealed record InstrumentEditPage(
    InstrumentInput Input, Instrument? Instrument, IReadOnlyDictionary<string, string> Labs, InstrumentRules? Rules,
    IReadOnlyList<Blackout> Blackouts, IReadOnlyList<Qualification> Qualifications, WorkflowHistoryList? History);

/// <param name="Attempt">The use form that was refused, to show again with its values and messages.</param>
internal sealed record BookingAdminList(
    IReadOnlyList<Data.Booking> Bookings, IReadOnlyDictionary<string, Instrument> Instruments, string Show, DateTime NowUtc, UseAttempt? Attempt = null)
{
    /// <summary>The model-state key of a field of one booking's use form.</summary>
    public static string UseField(string bookingId, string field) => $"use-{bookingId}-{field}";

    /// <summary>The use form is offered from the earliest time a use may start, and on every booking the job marked missed.</summary>
    public bool CanRecordUse(Data.Booking b) =>
        b.Status is BookingStatus.Approved or BookingStatus.InUse or BookingStatus.NoShow or BookingStatus.Completed &&
        b.StartUtc - Booking.BookingDesk.UseMargin <= NowUtc;
}

/// <summary>What the operator typed into a refused use form.</summary>
internal sealed record UseAttempt(string BookingId, string? Start, string? End, string? Fee);
