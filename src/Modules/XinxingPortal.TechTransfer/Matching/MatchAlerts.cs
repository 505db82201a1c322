using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using XinxingPortal.Abstractions.Data;
using XinxingPortal.Abstractions.Tenants;
using XinxingPortal.TechTransfer.Data;
using XinxingPortal.TechTransfer.Moderation;
using XinxingPortal.TechTransfer.Public;

namespace XinxingPortal.TechTransfer.Matching;

/// <summary>
/// When an outcome is approved, tells the poster of every current demand it matches, once per pair
/// (a <see cref="MatchNotice"/> row), so editing and re-approving the outcome sends nothing new.
/// </summary>
internal sealed class MatchAlerts(ITenantContext tenant, IPortalDb db, MarketQueries queries, MatchEngine engine, MarketMail mail, MarketLinks links, TimeProvider time, IStringLocalizer<MatchAlerts> t)
{
    public async Task ListingApprovedAsync(Listing listing, CancellationToken ct)
    {
        // The mail belongs to the matching feature: a market without it approves outcomes and tells nobody.
        if (listing is not Outcome outcome || !tenant.IsFeatureEnabled(TechTransferFeature.Matching))
        {
            return;
        }

        var demands = await queries.Demands().Where(d => d.OrganisationId != outcome.OrganisationId).ToListAsync(ct);
        var told = (await db.Set<MatchNotice>().Where(n => n.OutcomeId == outcome.Id).Select(n => n.DemandId).ToListAsync(ct)).ToHashSet();
        var candidate = outcome.ForMatching();
        foreach (var demand in demands.Where(d => !told.Contains(d.Id)))
        {
            if (engine.Evaluate(demand.ForMatching(), candidate) is not { } match
                || await db.Set<Organisation>().FindAsync([demand.OrganisationId], ct) is not { } poster)
            {
                continue;
            }

            db.Set<MatchNotice>().Add(new MatchNotice { DemandId = demand.Id, OutcomeId = outcome.Id, SentUtc = time.GetUtcNow().UtcDateTime });
            mail.Send(poster, () => (t["A new outcome matches your demand: {0}", demand.Title], t["\"{0}\" was just published and matches your demand \"{1}\" ({2}). See why it matches: {3}",
                outcome.Title, demand.Title, string.Join("、", match.Reasons.SharedTerms.Take(5)),
                links.Absolute(poster.Culture, $"/techtransfer/demands/{demand.Id}/matches")]));
        }
    }
}
