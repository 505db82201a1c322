using XinxingPortal.Abstractions.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using XinxingPortal.Abstractions.Localization;
using XinxingPortal.Abstractions.Modules;
using XinxingPortal.Abstractions.Security;

namespace XinxingPortal.TechTransfer.Threads;

/// <summary>
/// Reading, answering and closing a thread. Anyone signed out is asked to sign in whatever the id; anyone signed in
/// who is neither of the two organisations nor staff gets 404, as if the thread did not exist.
/// </summary>
[RequireFeature(TechTransferFeature.Threads)]
[Route("techtransfer")]
internal sealed class ThreadsController(ThreadReader reader, ThreadDesk desk, IPortalDb db, ICultureLinks links, IStringLocalizer<ThreadsController> t) : Controller
{
    [HttpGet("threads/{id}")]
    public async Task<IActionResult> Show(string id, CancellationToken ct)
    {
        if (!SignedIn)
        {
            return Challenge();
        }

        return await reader.FindAsync(id, ct) is { } viewer ? await PageAsync(viewer, new MessageInput(), StatusCodes.Status200OK, ct) : NotFound();
    }

    [HttpPost("threads/{id}/messages")]
    [ValidateAntiForgeryToken]
    [EnableRateLimiting(RateLimits.PublicForms)]
    public async Task<IActionResult> Post(string id, MessageInput input, CancellationToken ct)
    {
        if (!SignedIn)
        {
            return SignInFor(id);
        }

        if (await reader.FindAsync(id, ct) is not { } viewer)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return await PageAsync(viewer, input, StatusCodes.Status200OK, ct);
        }

        if (await desk.PostAsync(viewer, input.Body, ct) is { } problem)
        {
            ModelState.AddModelError("", t[problem]);
            return await PageAsync(viewer, input, StatusCodes.Status409Conflict, ct);
        }

        await db.SaveChangesAsync(ct);
        return Redirect(ThreadUrl(id));
    }

    [HttpPost("threads/{id}/close")]
    [ValidateAntiForgeryToken]
    [EnableRateLimiting(RateLimits.PublicForms)]
    public async Task<IActionResult> Close(string id, ThreadStatus outcome, CancellationToken ct)
    {
        if (!SignedIn)
        {
            return SignInFor(id);
        }

        if (await reader.FindAsync(id, ct) is not { } viewer)
        {
            return NotFound();
        }

        if (await desk.CloseAsync(viewer, outcome, ct) is { } problem)
        {
            ModelState.AddModelError("", t[problem]);
            return await PageAsync(viewer, new MessageInput(), StatusCodes.Status409Conflict, ct);
        }

        await db.SaveChangesAsync(ct);
        TempData["Message"] = t["The conversation is closed."].Value;
        return Redirect(ThreadUrl(id));
    }

    [Authorize]
    [HttpGet("my/threads")]
    public async Task<IActionResult> Mine(CancellationToken ct) => View(await reader.MineAsync(ct));

    private bool SignedIn => User.Identity?.IsAuthenticated == true;

    private string ThreadUrl(string id) => links.Link(links.CurrentCulture, ThreadRoutes.ThreadPath(id));

    /// <summary>After signing in, the user comes back to the thread, not to a form address that only takes posts.</summary>
    private ChallengeResult SignInFor(string id) => Challenge(new AuthenticationProperties { RedirectUri = ThreadUrl(id) });

    private async Task<ViewResult> PageAsync(ThreadParty viewer, MessageInput input, int status, CancellationToken ct)
    {
        var view = View("Show", await reader.PageAsync(viewer, ct) with { Reply = input });
        view.StatusCode = status;
        return view;
    }
}
