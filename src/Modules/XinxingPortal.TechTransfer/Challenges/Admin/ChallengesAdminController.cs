using XinxingPortal.Abstractions.Workflow;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using XinxingPortal.Abstractions.Auditing;
using XinxingPortal.Abstractions.Data;
using XinxingPortal.Abstractions.Modules;
using XinxingPortal.Abstractions.Security;
using XinxingPortal.Abstractions.Time;
using XinxingPortal.TechTransfer.Data;
using XinxingPortal.TechTransfer.Moderation;

namespace XinxingPortal.TechTransfer.Challenges.Admin;

/// <summary>Bureau staff post 揭榜挂帅 challenges, edit them and take them on or off the public site.</summary>
[RequireFeature(TechTransferFeature.Challenges)]
[Route("admin/techtransfer/challenges")]
[RequirePermission(Permissions.ManageChallenges)]
internal sealed class ChallengesAdminController(IPortalDb db, IAuditLog audit, TimeProvider time, IStringLocalizer<ChallengesAdminController> t) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var challenges = await db.Set<Challenge>().AsNoTracking().OrderByDescending(c => c.CreatedUtc).ToListAsync(ct);
        var counts = (await db.Set<ChallengeApplication>().AsNoTracking()
                .GroupBy(a => new { a.ChallengeId, a.Status }).Select(g => new { g.Key.ChallengeId, g.Key.Status, Count = g.Count() }).ToListAsync(ct))
            .ToDictionary(x => (x.ChallengeId, x.Status), x => x.Count);
        return View(new ChallengeAdminList(challenges, counts, time));
    }

    [HttpGet("new")]
    public IActionResult Create() => View("Edit", new ChallengeInput { Deadline = time.BeijingToday().AddDays(30) });

    [HttpPost("new")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Create(ChallengeInput input, CancellationToken ct)
    {
        if (input.Deadline is { } deadline && deadline < time.BeijingToday())
        {
            ModelState.AddModelError(nameof(input.Deadline), t["The deadline cannot be in the past."]);
        }

        if (!ModelState.IsValid)
        {
            return View("Edit", input);
        }

        var now = time.GetUtcNow().UtcDateTime;
        var challenge = new Challenge { Id = Guid.NewGuid().ToString("N"), CreatedUtc = now, UpdatedUtc = now, CreatedBy = User.Identity?.Name };
        input.ApplyTo(challenge);
        db.Set<Challenge>().Add(challenge);
        audit.Record("TechTransfer.Challenge.Created", challenge.Id, challenge.Title);
        await db.SaveChangesAsync(ct);
        TempData["Message"] = t["The challenge was saved. Publish it when it is ready."].Value;
        return RedirectToAction(nameof(Edit), new { id = challenge.Id });
    }

    [HttpGet("{id}")]
    public async Task<IActionResult> Edit(string id, CancellationToken ct)
    {
        var challenge = await db.Set<Challenge>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);
        return challenge is null ? NotFound() : View(ChallengeInput.From(challenge));
    }

    [HttpPost("{id}")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Edit(string id, ChallengeInput input, CancellationToken ct)
    {
        var challenge = await db.Set<Challenge>().FirstOrDefaultAsync(c => c.Id == id, ct);
        if (challenge is null)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            input.Existing = challenge;
            return View(input);
        }

        input.ApplyTo(challenge);
        challenge.UpdatedUtc = time.GetUtcNow().UtcDateTime;
        audit.Record("TechTransfer.Challenge.Edited", challenge.Id, challenge.Title);
        await db.SaveChangesAsync(ct);
        TempData["Message"] = t["The challenge was saved."].Value;
        return RedirectToAction(nameof(Edit), new { id });
    }

    [HttpPost("{id}/publish")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> Publish(string id, CancellationToken ct) => SetPublishedAsync(id, true, ct);

    [HttpPost("{id}/unpublish")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> Unpublish(string id, CancellationToken ct) => SetPublishedAsync(id, false, ct);

    private async Task<IActionResult> SetPublishedAsync(string id, bool published, CancellationToken ct)
    {
        var challenge = await db.Set<Challenge>().FirstOrDefaultAsync(c => c.Id == id, ct);
        if (challenge is null)
        {
            return NotFound();
        }

        if (challenge.Published != published)
        {
            challenge.Published = published;
            challenge.UpdatedUtc = time.GetUtcNow().UtcDateTime;
            audit.Record(published ? "TechTransfer.Challenge.Published" : "TechTransfer.Challenge.Unpublished", challenge.Id, challenge.Title);
            await db.SaveChangesAsync(ct);
        }

        TempData["Message"] = (published ? t["The challenge is now public."] : t["The challenge was taken off the public site."]).Value;
        return RedirectToAction(nameof(Edit), new { id });
    }
}

internal sealed record ChallengeAdminList(
    IReadOnlyList<Challenge> Challenges, IReadOnlyDictionary<(string, ReviewState), int> Counts, TimeProvider Time)
{
    public int Count(Challenge c, ReviewState status) => Counts.GetValueOrDefault((c.Id, status));
}
