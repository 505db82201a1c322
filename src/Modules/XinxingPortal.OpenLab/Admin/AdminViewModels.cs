using XinxingPortal.Abstractions.Workflow;
using XinxingPortal.OpenLab.Data;

namespace XinxingPortal.OpenLab.Admin;

internal sealed record InstrumentAdminList(IReadOnlyList<Instrument> Instruments, IReadOnlyDictionary<string, string> Labs);

internal sealed record InstrumentEditPage(
    InstrumentInput Input, Instrument? Instrument, IReadOnlyDictionary<string, string> Labs, InstrumentRules? Rules,
    IReadOnlyList<Blackout> Blackouts, IReadOnlyList<Qualification> Qualifications, WorkflowHistoryList? History);

internal sealed record BookingAdminList(IReadOnlyList<Data.Booking> Bookings, IReadOnlyDictionary<string, Instrument> Instruments, string Show);
