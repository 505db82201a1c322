using XinxingPortal.Abstractions.Time;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using XinxingPortal.Abstractions.Localization;
using XinxingPortal.Abstractions.Modules;
using XinxingPortal.Abstractions.Settings;
using XinxingPortal.Abstractions.Tenants;
using XinxingPortal.TechTransfer.Listings;
using XinxingPortal.TechTransfer.Public;

namespace XinxingPortal.TechTransfer.Challenges.Public;

/// <summary>The Atom feed of published 揭榜挂帅 challenges.</summary>
[Route("techtransfer")]
[RequireFeature(TechTransferFeature.Challenges)]
internal sealed class ChallengeFeedController(
    ChallengeQueries challenges, ICultureLinks links, ISiteSettingsStore settings, ITenantContext tenant, IStringLocalizer<FeedsController> t)
    : MarketFeedController(links, settings, tenant)
{
    [HttpGet("challenges.atom")]
    public async Task<IActionResult> Challenges(CancellationToken ct)
    {
        var items = await challenges.Published().OrderByDescending(c => c.CreatedUtc).ThenBy(c => c.Id).Take(Entries).ToListAsync(ct);
        return await FeedAsync("challenges", t["揭榜挂帅 challenges"], items.Select(c => Entry("challenge", c.Id, c.Title, c.CreatedUtc, c.UpdatedUtc,
            "/techtransfer/challenges/" + c.Id,
            $"{c.Issuer} · {t["Funding: {0} ten thousand yuan", Money.Wan(c.FundingYuan)]} · {t["Deadline: {0}", BeijingTime.Date(c.Deadline)]}\n{c.Goal}")), ct);
    }
}
