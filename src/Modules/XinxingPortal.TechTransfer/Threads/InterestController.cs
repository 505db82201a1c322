using XinxingPortal.Abstractions.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using XinxingPortal.Abstractions.Localization;
using XinxingPortal.Abstractions.Modules;
using XinxingPortal.Abstractions.Security;

namespace XinxingPortal.TechTransfer.Threads;

/// <summary>Expressing interest in an outcome or a demand: the first message of a private 意向洽谈 thread.</summary>
[RequireFeature(TechTransferFeature.Threads)]
[Route("techtransfer")]
internal sealed class InterestController(ThreadDesk desk, IPortalDb db, ICultureLinks links, IStringLocalizer<InterestController> t) : Controller
{
    [HttpGet("{kind}/{id}/interest")]
    public async Task<IActionResult> Show(string kind, string id, CancellationToken ct)
    {
        if (ThreadRoutes.KindOf(kind) is not { } listingKind)
        {
            return NotFound();
        }

        var standing = await desk.StandingAsync(listingKind, id, ct);
        return standing.State switch
        {
            InterestState.NoListing => NotFound(),
            InterestState.SignIn => Challenge(),
            InterestState.AlreadyOpen => Redirect(links.Link(links.CurrentCulture, ThreadRoutes.ThreadPath(standing.Existing!.Id))),
            _ => Page(standing, new MessageInput(), null),
        };
    }

    [HttpPost("{kind}/{id}/interest")]
    [ValidateAntiForgeryToken]
    [EnableRateLimiting(RateLimits.PublicForms)]
    public async Task<IActionResult> Open(string kind, string id, MessageInput input, CancellationToken ct)
    {
        if (ThreadRoutes.KindOf(kind) is not { } listingKind)
        {
            return NotFound();
        }

        var standing = await desk.StandingAsync(listingKind, id, ct);
        switch (standing.State)
        {
            case InterestState.NoListing:
                return NotFound();
            case InterestState.SignIn:
                return Challenge(new AuthenticationProperties { RedirectUri = links.Link(links.CurrentCulture, ThreadRoutes.InterestPath(listingKind, id)) });
            case InterestState.Owner:
                return Page(standing, input, "This is your organisation's own listing. The conversations about it are in your threads.");
            case InterestState.Expired:
                return Page(standing, input, "This demand has expired and takes no more expressions of interest.");
            case InterestState.NeedsVerification or InterestState.Staff:
                return Page(standing, input, "Only organisations verified by the bureau can express interest.");
        }

        if (!ModelState.IsValid)
        {
            return Page(standing, input, null);
        }

        var (thread, problem) = await desk.OpenAsync(standing, input.Body, ct);
        if (problem is null)
        {
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                (thread, problem) = await desk.RaceLostAsync(thread, ct);
            }
        }

        if (problem is not null)
        {
            TempData["Error"] = t[problem].Value;
        }

        return Redirect(links.Link(links.CurrentCulture, ThreadRoutes.ThreadPath(thread.Id)));
    }

    /// <summary>The stand-alone form; a refusal is said on it with 403, since asking again will not help.</summary>
    private ViewResult Page(InterestStanding standing, MessageInput input, string? refusal)
    {
        var view = View("~/Views/Threads/Open.cshtml", new InterestPage(standing, input, refusal is null ? null : t[refusal].Value));
        view.StatusCode = refusal is null ? StatusCodes.Status200OK : StatusCodes.Status403Forbidden;
        return view;
    }
}
