using XinxingPortal.Abstractions.Workflow;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using XinxingPortal.Abstractions.Data;
using XinxingPortal.Abstractions.Files;
using XinxingPortal.Abstractions.Localization;
using XinxingPortal.Abstractions.Modules;
using XinxingPortal.TechTransfer.Data;
using XinxingPortal.TechTransfer.Moderation;
using XinxingPortal.TechTransfer.Organisations;

namespace XinxingPortal.TechTransfer.Listings;

/// <summary>A verified organisation posts and edits its outcomes; every save goes (back) to review.</summary>
[Authorize]
[RequireFeature(TechTransferFeature.Listings)]
[Route("techtransfer/my/outcomes")]
internal sealed class OutcomeFormsController(
    IPortalDb db, MarketAccess access, ModerationDesk desk, ListingUploads uploads, XinxingPortal.Abstractions.Media.IMediaLibrary media, ICultureLinks links,
    IStringLocalizer<OutcomeFormsController> t) : Controller
{
    [HttpGet("new")]
    public async Task<IActionResult> Create(CancellationToken ct) =>
        await access.VerifiedOrganisationAsync(ct) is { } o
            ? View("Edit", new OutcomeInput { Holder = o.Name, ContactName = o.ContactName, ContactPhone = o.ContactMobile, ContactEmail = o.ContactEmail })
            : View("NotVerified", await access.OrganisationAsync(ct));

    [HttpPost("new")]
    [ValidateAntiForgeryToken]
    [RequestSizeLimit(40 * 1024 * 1024)]
    [RequestFormLimits(MultipartBodyLengthLimit = 40 * 1024 * 1024)]
    public async Task<IActionResult> Create(OutcomeInput input, CancellationToken ct)
    {
        if (await access.VerifiedOrganisationAsync(ct) is not { } organisation)
        {
            return View("NotVerified", await access.OrganisationAsync(ct));
        }

        var outcome = new Outcome { Id = Guid.NewGuid().ToString("n"), OrganisationId = organisation.Id, PostedBy = access.UserId };
        return await SaveAsync(outcome, input, isNew: true, ct);
    }

    [HttpGet("{id}/edit")]
    public async Task<IActionResult> Edit(string id, CancellationToken ct)
    {
        var outcome = await FindOwnAsync(id, ct);
        if (outcome is null)
        {
            return NotFound();
        }

        return View(new OutcomeInput
        {
            Editor = await EditorAsync(outcome, ct),
            Title = outcome.Title, Field = outcome.Field, Keywords = string.Join("、", outcome.Keywords), Trl = outcome.Trl,
            Modes = [.. outcome.Modes.Split()], Patents = string.Join("\n", outcome.Patents), PriceWan = Money.ToWan(outcome.PriceYuan),
            Summary = outcome.Summary, Indicators = outcome.Indicators, Holder = outcome.Holder, ContactName = outcome.ContactName,
            ContactPhone = outcome.ContactPhone, ContactEmail = outcome.ContactEmail,
        });
    }

    [HttpPost("{id}/edit")]
    [ValidateAntiForgeryToken]
    [RequestSizeLimit(40 * 1024 * 1024)]
    [RequestFormLimits(MultipartBodyLengthLimit = 40 * 1024 * 1024)]
    public async Task<IActionResult> Edit(string id, OutcomeInput input, CancellationToken ct)
    {
        var outcome = await FindOwnAsync(id, ct);
        if (outcome is null)
        {
            return NotFound();
        }

        return await SaveAsync(outcome, input, isNew: false, ct);
    }

    /// <summary>The images and attachments the edit form lists, each with a box to remove it.</summary>
    private async Task<OutcomeEditorPage> EditorAsync(Outcome outcome, CancellationToken ct) => new(
        outcome,
        await media.GetManyAsync(outcome.ImageIds, ct),
        await db.Set<Attachment>().AsNoTracking().Where(a => a.OwnerKind == ListingKind.Outcome && a.OwnerId == outcome.Id).ToListAsync(ct));

    /// <summary>The organisation's own outcome, unless it was rejected (final) or the organisation is no longer verified.</summary>
    private async Task<Outcome?> FindOwnAsync(string id, CancellationToken ct) =>
        await access.VerifiedOrganisationAsync(ct) is { } o
            ? await db.Set<Outcome>().FirstOrDefaultAsync(x => x.Id == id && x.OrganisationId == o.Id && x.Status != ReviewState.Rejected, ct)
            : null;

    private async Task<IActionResult> SaveAsync(Outcome outcome, OutcomeInput input, bool isNew, CancellationToken ct)
    {
        if (!isNew)
        {
            input.Editor = await EditorAsync(outcome, ct);
        }

        var keywords = ListingText.Keywords(input.Keywords);
        if (keywords.Count > ListingText.MaxKeywords || keywords.Any(k => k.Length > 20))
        {
            ModelState.AddModelError(nameof(input.Keywords), t["Give at most three keywords of up to 20 characters each."]);
        }

        if (input.Modes.All(m => m == CooperationModes.None))
        {
            // An empty box posts "", which the binder reports as an invalid value; say what is actually wrong.
            ModelState.Remove(nameof(input.Modes));
            ModelState.AddModelError(nameof(input.Modes), t["Choose at least one way of cooperating."]);
        }

        var attached = isNew ? [] : await db.Set<Attachment>().Where(a => a.OwnerKind == ListingKind.Outcome && a.OwnerId == outcome.Id).ToListAsync(ct);
        var dropped = attached.Where(a => input.RemoveAttachments.Contains(a.Id)).ToList();
        var keptImages = outcome.ImageIds.Where(i => !input.RemoveImages.Contains(i)).ToList();
        var documents = await uploads.CheckDocumentsAsync(input.Attachments, nameof(input.Attachments), ModelState, ct);
        if (attached.Count - dropped.Count + documents.Count > ListingUploads.MaxFiles)
        {
            ModelState.AddModelError(nameof(input.Attachments), t["Attach at most {0} files.", ListingUploads.MaxFiles]);
        }

        if (keptImages.Count + input.Images.Count(f => f.Length > 0) > ListingUploads.MaxFiles)
        {
            ModelState.AddModelError(nameof(input.Images), t["Attach at most {0} files.", ListingUploads.MaxFiles]);
        }

        if (!ModelState.IsValid)
        {
            return View("Edit", input);
        }

        var images = await uploads.UploadImagesAsync(input.Images, input.Title, access.UserName, nameof(input.Images), ModelState, ct);
        if (images is null)
        {
            return View("Edit", input);
        }

        outcome.Title = input.Title.Trim();
        outcome.Field = input.Field;
        outcome.Keywords = keywords;
        outcome.Trl = input.Trl;
        outcome.Modes = CooperationModeList.Combine(input.Modes);
        outcome.Patents = ListingText.Lines(input.Patents);
        outcome.PriceYuan = Money.ToYuan(input.PriceWan);
        outcome.Summary = input.Summary.Trim();
        outcome.Indicators = input.Indicators?.Trim() ?? "";
        outcome.Holder = input.Holder.Trim();
        outcome.ContactName = input.ContactName.Trim();
        outcome.ContactPhone = input.ContactPhone.Trim();
        outcome.ContactEmail = input.ContactEmail.Trim();
        outcome.ImageIds = [.. keptImages.Concat(images)];
        if (isNew)
        {
            db.Set<Outcome>().Add(outcome);
        }

        await desk.SubmitAsync(outcome, ListingKind.Outcome, outcome.Title, access.UserName, ct);
        await uploads.AddDocumentsAsync(ListingKind.Outcome, outcome.Id, documents, ct);
        uploads.Remove(dropped);
        await db.SaveChangesAsync(ct);
        TempData["Message"] = t["Saved and sent for review. It becomes public once a reviewer approves it."].Value;
        return Redirect(links.Link(links.CurrentCulture, "/techtransfer/my"));
    }
}
