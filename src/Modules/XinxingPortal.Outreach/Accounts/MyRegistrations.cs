using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using XinxingPortal.Abstractions.Accounts;
using XinxingPortal.Abstractions.Data;
using XinxingPortal.Abstractions.Time;
using XinxingPortal.Outreach.Data;

namespace XinxingPortal.Outreach.Accounts;

/// <summary>
/// "My registrations" on the account page: the person's event registrations, matched by their email address once
/// they have confirmed it, so nobody sees another's sign-ups by typing their address.
/// </summary>
internal sealed class MyRegistrations(IPortalDb db, IStringLocalizer<MyRegistrations> t) : IAccountSection
{
    public string FeatureId => OutreachFeature.Id;

    public async Task<AccountSection?> ForAsync(AccountHolder holder, CancellationToken ct)
    {
        if (holder.ConfirmedEmail is not { } email)
        {
            return null;
        }

        var culture = CultureInfo.CurrentUICulture.Name;
        var registrations = await RegistrationsOf(db, email).OrderByDescending(r => r.CreatedUtc).Take(50).ToListAsync(ct);
        var sets = registrations.Select(r => r.EventSet).Distinct().ToList();
        var events = (await db.Set<OutreachEvent>().AsNoTracking().Where(e => e.Published && sets.Contains(e.LocalizationSet))
                .Select(e => new { e.LocalizationSet, e.Culture, e.Slug, e.DisplayText, e.StartUtc }).ToListAsync(ct))
            .GroupBy(e => e.LocalizationSet)
            .ToDictionary(g => g.Key, g => g.OrderBy(e => e.Culture == culture ? 0 : 1).First());
        var items = registrations.Select(r => events.TryGetValue(r.EventSet, out var e)
                ? new AccountSectionItem(e.DisplayText, "~/registrations/" + r.Token, t[r.Status.ToString()], BeijingTime.DateAndTime(e.StartUtc))
                : new AccountSectionItem(t["An event no longer published"], null, t[r.Status.ToString()], BeijingTime.Date(r.CreatedUtc)))
            .ToList();
        return new AccountSection(t["My event registrations"], items, t["You have no event registrations under this address."]);
    }

    public static IQueryable<Registration> RegistrationsOf(IPortalDb db, string email)
    {
        var lower = email.ToLowerInvariant();
        return db.Set<Registration>().AsNoTracking().Where(r => r.Email.ToLower() == lower);
    }
}
