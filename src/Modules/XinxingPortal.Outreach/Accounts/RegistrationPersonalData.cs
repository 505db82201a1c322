using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using XinxingPortal.Abstractions.Accounts;
using XinxingPortal.Abstractions.Data;
using XinxingPortal.Abstractions.Time;
using XinxingPortal.Outreach.Data;

namespace XinxingPortal.Outreach.Accounts;

/// <summary>
/// Event registrations as personal data. Erasing removes the name, mobile and address but keeps the row (event, party
/// size, state), so the organiser's seat counts and the bureau's attendance figures stay right.
/// </summary>
internal sealed class RegistrationPersonalData(IPortalDb db, IStringLocalizer<RegistrationPersonalData> t) : IPersonalDataSource
{
    public string FeatureId => OutreachFeature.Id;
    public string Key => "outreachRegistrations";

    public IReadOnlyList<string> KeptAfterErasure =>
        [t["Your event registrations are kept without your name, mobile number or email address, so that seat counts and attendance figures stay right."]];

    public async Task<object> ExportAsync(AccountHolder holder, CancellationToken ct)
    {
        if (holder.ConfirmedEmail is not { } email)
        {
            return Array.Empty<object>();
        }

        var rows = await MyRegistrations.RegistrationsOf(db, email).OrderBy(r => r.CreatedUtc).ToListAsync(ct);
        return rows.Select(r => new
        {
            Event = r.EventSet, r.Name, r.Mobile, r.Email, r.PartySize, Status = r.Status.ToString(), r.Culture,
            Registered = BeijingTime.Offset(r.CreatedUtc),
            Cancelled = r.CancelledUtc is { } c ? BeijingTime.Offset(c) : (DateTimeOffset?)null,
        }).ToList();
    }

    public async Task EraseAsync(AccountHolder holder, CancellationToken ct)
    {
        if (holder.ConfirmedEmail is not { } email)
        {
            return;
        }

        var lower = email.ToLowerInvariant();
        foreach (var registration in await db.Set<Registration>().Where(r => r.Email.ToLower() == lower).ToListAsync(ct))
        {
            registration.Name = "";
            registration.Mobile = "";
            // Not a deliverable address: later mail about the event has nobody to go to.
            registration.Email = "erased-" + registration.Id + "@invalid";
        }
    }
}
