using XinxingPortal.OpenLab.Booking;
using XinxingPortal.OpenLab.Data;
using XinxingPortal.OpenLab.Instruments;

namespace XinxingPortal.OpenLab.Public;

internal sealed record InstrumentList(IReadOnlyList<Instrument> Instruments, IReadOnlyDictionary<string, string> Labs, InstrumentFilter Filter);

internal sealed record InstrumentDetail(Instrument Instrument, Lab? Lab, InstrumentRules Rules, IReadOnlyList<Blackout> Blackouts, object JsonLd, IReadOnlyList<XinxingPortal.Abstractions.Media.MediaImage> Photos);

/// <summary>The week calendar and the booking form together: the grid's free cells fill the form's start.</summary>
internal sealed record BookingPage(Instrument Instrument, InstrumentRules Rules, WeekGrid Week, BookingInput Input);

internal sealed record MyBookings(IReadOnlyList<Data.Booking> Bookings, IReadOnlyDictionary<string, Instrument> Instruments, string? FeedUrl);
