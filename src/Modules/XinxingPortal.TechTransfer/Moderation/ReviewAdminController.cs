using XinxingPortal.Abstractions.Workflow;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using XinxingPortal.Abstractions.Data;
using XinxingPortal.Abstractions.Security;
using XinxingPortal.TechTransfer.Data;

namespace XinxingPortal.TechTransfer.Moderation;

/// <summary>The review queue for outcomes and demands: read the whole listing, then approve, return or reject it.</summary>
[XinxingPortal.Abstractions.Modules.RequireFeature(TechTransferFeature.Listings)]
[Route("admin/techtransfer/review")]
[RequirePermission(Permissions.Moderate)]
internal sealed class ReviewAdminController(IPortalDb db, ModerationDesk desk, IWorkflow workflow, IStringLocalizer<ReviewAdminController> t) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var outcomes = await db.Set<Outcome>().AsNoTracking().Where(o => o.Status == ReviewState.InReview).OrderBy(o => o.UpdatedUtc).ToListAsync(ct);
        var demands = await db.Set<Demand>().AsNoTracking().Where(d => d.Status == ReviewState.InReview).OrderBy(d => d.UpdatedUtc).ToListAsync(ct);
        var queue = outcomes.Select(o => new QueueItem(ListingKind.Outcome, o.Id, o.Title, o.OrganisationId, o.UpdatedUtc))
            .Concat(demands.Select(d => new QueueItem(ListingKind.Demand, d.Id, d.Title, d.OrganisationId, d.UpdatedUtc)))
            .OrderBy(i => i.UpdatedUtc).ToList();
        return View(new ReviewQueuePage(queue, await OrganisationNamesAsync(queue.Select(i => i.OrganisationId), ct)));
    }

    [HttpGet("{kind}/{id}")]
    public async Task<IActionResult> Show(ListingKind kind, string id, CancellationToken ct)
    {
        var listing = await FindAsync(kind, id, ct);
        if (listing is null)
        {
            return NotFound();
        }

        return View(new ReviewPage(
            listing,
            await db.Set<Organisation>().AsNoTracking().FirstOrDefaultAsync(o => o.Id == listing.OrganisationId, ct),
            (await workflow.HistoryAsync(ListingKinds.TypeName(kind), id, ct)).Reverse().ToList(),
            await db.Set<Attachment>().AsNoTracking().Where(a => a.OwnerKind == kind && a.OwnerId == id).ToListAsync(ct)));
    }

    [HttpPost("{kind}/{id}")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Decide(ListingKind kind, string id, ReviewDecision? decision, string? comment, CancellationToken ct)
    {
        var listing = await FindAsync(kind, id, ct);
        if (listing is null)
        {
            return NotFound();
        }

        if (PlainTextAttribute.ContainsMarkup(comment))
        {
            TempData["Error"] = t["Use plain text: tags such as <b> or <script> are not allowed."].Value;
            return RedirectToAction(nameof(Show), new { kind, id });
        }

        var title = listing switch { Outcome o => o.Title, Demand d => d.Title, _ => id };
        if (await desk.DecideAsync(listing, kind, decision, comment, User.Identity?.Name ?? "", ct) is { } problem)
        {
            TempData["Error"] = t[problem].Value;
            return RedirectToAction(nameof(Show), new { kind, id });
        }

        TempData["Message"] = t["Decision recorded: {0}", title].Value;
        return RedirectToAction(nameof(Index));
    }

    private async Task<Listing?> FindAsync(ListingKind kind, string id, CancellationToken ct) => kind switch
    {
        ListingKind.Outcome => await db.Set<Outcome>().FirstOrDefaultAsync(o => o.Id == id, ct),
        ListingKind.Demand => await db.Set<Demand>().FirstOrDefaultAsync(d => d.Id == id, ct),
        _ => null,
    };

    private async Task<Dictionary<string, string>> OrganisationNamesAsync(IEnumerable<string> ids, CancellationToken ct)
    {
        var wanted = ids.Distinct().ToList();
        return await db.Set<Organisation>().AsNoTracking().Where(o => wanted.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
    }
}

internal sealed record QueueItem(ListingKind Kind, string Id, string Title, string OrganisationId, DateTime UpdatedUtc);

/// <summary>The queue, oldest first, with the name of each poster's organisation.</summary>
internal sealed record ReviewQueuePage(IReadOnlyList<QueueItem> Items, IReadOnlyDictionary<string, string> OrganisationNames);

/// <summary>One listing as the reviewer reads it: who posted it, what happened to it so far and its attachments.</summary>
internal sealed record ReviewPage(Listing Listing, Organisation? Organisation, IReadOnlyList<WorkflowStep> History, IReadOnlyList<Attachment> Attachments);
