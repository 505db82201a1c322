using XinxingPortal.Abstractions.Seo;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using XinxingPortal.Abstractions.Data;
using XinxingPortal.Abstractions.Localization;
using XinxingPortal.Outreach.Data;

namespace XinxingPortal.Outreach.Registrations;

/// <summary>The page behind the emailed link: the token alone identifies one registration, and only that one.</summary>
[Route("registrations")]
internal sealed class RegistrationsController(IPortalDb db, RegistrationDesk desk, ICultureLinks links, IStringLocalizer<RegistrationsController> t) : Controller
{
    [HttpGet("{token}")]
    public async Task<IActionResult> Show(string token, CancellationToken ct)
    {
        var found = await FindAsync(token, ct);
        if (found is null)
        {
            return NotFound();
        }

        HttpContext.PageHead().NoIndex();
        return View(found);
    }

    [HttpPost("{token}/cancel")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Cancel(string token, CancellationToken ct)
    {
        var found = await FindAsync(token, ct);
        if (found is null)
        {
            return NotFound();
        }

        if (await db.CommitAsync(() => desk.CancelAsync(token, found.Event, tk => links.Absolute(links.CurrentCulture, "/registrations/" + tk), ct), ct))
        {
            TempData["Message"] = t["Your registration has been cancelled."].Value;
        }

        return Redirect(links.Link(links.CurrentCulture, "/registrations/" + token));
    }

    private async Task<RegistrationView?> FindAsync(string? token, CancellationToken ct)
    {
        // A blank segment binds as null: a missing page, not a NullReferenceException (found by the hostile-input suite).
        if (token is not { Length: >= 20 and <= 64 })
        {
            return null;
        }

        var registration = await db.Set<Registration>().AsNoTracking().FirstOrDefaultAsync(r => r.Token == token, ct);
        if (registration is null)
        {
            return null;
        }

        var ev = await db.Set<OutreachEvent>().AsNoTracking()
            .Where(e => e.LocalizationSet == registration.EventSet && e.Published)
            .OrderBy(e => e.Culture == links.CurrentCulture ? 0 : 1).FirstOrDefaultAsync(ct);
        return ev is null ? null : new RegistrationView(registration, ev);
    }
}

internal sealed record RegistrationView(Registration Registration, OutreachEvent Event);
