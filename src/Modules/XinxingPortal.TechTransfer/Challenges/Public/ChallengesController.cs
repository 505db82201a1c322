using Microsoft.AspNetCore.Mvc;
using XinxingPortal.Abstractions.Localization;
using XinxingPortal.Abstractions.Paging;
using XinxingPortal.Abstractions.Modules;
using XinxingPortal.Abstractions.Settings;
using XinxingPortal.TechTransfer.Listings;

namespace XinxingPortal.TechTransfer.Challenges.Public;

/// <summary>The public 揭榜挂帅 list and each challenge's page, with its 公示 once the winner is announced.</summary>
[RequireFeature(TechTransferFeature.Challenges)]
[Route("techtransfer/challenges")]
internal sealed class ChallengesController(ChallengeQueries queries, ISiteSettingsStore settings, ICultureLinks links, TimeProvider time) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? field, int page = 1, CancellationToken ct = default)
    {
        TechField? chosen = Enum.TryParse<TechField>(field, true, out var f) && Enum.IsDefined(f) && !int.TryParse(field, out _) ? f : null;
        return View(new ChallengeList(await queries.PageAsync(chosen, page, ct), chosen, time));
    }

    [HttpGet("{id}")]
    public async Task<IActionResult> Show(string id, CancellationToken ct)
    {
        var challenge = await queries.PublishedAsync(id, ct);
        if (challenge is null)
        {
            return NotFound();
        }

        var site = await settings.GetAsync(ct);
        var url = links.Absolute(links.CurrentCulture, "/techtransfer/challenges/" + id);
        return View(new ChallengePage(challenge, challenge.PhaseOf(time), await queries.WinnerAsync(challenge, ct), site.Contact, url));
    }
}

internal sealed record ChallengeList(Page<Data.Challenge> Results, TechField? Field, TimeProvider Time);

internal sealed record ChallengePage(Data.Challenge Challenge, ChallengePhase Phase, Winner? Winner, string BureauContact, string Url);
