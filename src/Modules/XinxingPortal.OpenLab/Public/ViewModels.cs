using XinxingPortal.OpenLab.Booking;
using XinxingPortal.OpenLab.Data;
using XinxingPortal.OpenLab.Instruments;

namespace XinxingPortal.OpenLab.Public;

internal sealed record InstrumentList(IReadOnlyList<Instrument> Instruments, IReadOnlyDictionary<string, string> Labs, InstrumentFilter Filter);

internal sealed record InstrumentDetail(Instrument Instrument, Lab? Lab, InstrumentRules Rules, IReadOnlyList<Blackout> Blackouts, object JsonLd, IReadOnlyList<XinxingPortal.Abstractions.Media.MediaImage> Photos);

/// <summary>The week calendar and the booking form together: the grid's free cells fill the form's start.</summary>
/// <param name="Organisations">Verified organisations the user may book for; the field is left out when there are none.</param>
internal sealed record BookingPage(
    Instrument Instrument, InstrumentRules Rules, WeekGrid Week, BookingInput Input, IReadOnlyList<XinxingPortal.Abstractions.Organisations.ActingOrganisation> Organisations);

internal sealed record MyBookings(
    IReadOnlyList<Data.Booking> Bookings, IReadOnlyDictionary<string, Instrument> Instruments, string? FeedUrl,
    IReadOnlyDictionary<string, InstrumentRules> Rules, DateTime NowUtc)
{
    /// <summary>Whether the check-in button is offered now; the desk checks again when it is pressed.</summary>
    public bool CanCheckIn(Data.Booking b)
    {
        var rules = Rules.GetValueOrDefault(b.InstrumentId) ?? new InstrumentRules();
        return b.Status == BookingStatus.Approved && NowUtc >= b.StartUtc.AddMinutes(-rules.CheckInMinutes) &&
            NowUtc <= b.StartUtc.AddMinutes(rules.NoShowGraceMinutes) && NowUtc < b.EndUtc;
    }
}
