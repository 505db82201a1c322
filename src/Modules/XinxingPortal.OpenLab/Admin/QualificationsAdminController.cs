using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using XinxingPortal.Abstractions.Content;
using XinxingPortal.Abstractions.Data;
using XinxingPortal.Abstractions.Security;
using XinxingPortal.Abstractions.Time;
using XinxingPortal.OpenLab.Data;

namespace XinxingPortal.OpenLab.Admin;

/// <summary>NEMO's training records: the lab manager grants and revokes who may book an instrument, from its edit page.</summary>
[Route("admin/openlab")]
[RequirePermission(Permissions.Manage)]
[TypeFilter(typeof(LabScopeFilter), Arguments = new object[] { false })]
internal sealed class QualificationsAdminController(
    IContentManager<Instrument> content, IPortalDb db, InstrumentEditPages pages, TimeProvider time, IStringLocalizer<QualificationsAdminController> t) : Controller
{
    private string UserName => User.Identity?.Name ?? "";

    [HttpPost("{id}/qualifications")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Grant(string id, string? userName, DateOnly? grantedOn, string? note, CancellationToken ct)
    {
        if (await content.GetLatestAsync(id, ct) is not { } instrument)
        {
            return NotFound();
        }

        if (string.IsNullOrWhiteSpace(userName) || userName.Length > 256)
        {
            ModelState.AddModelError("userName", t["Give the user name of the person trained."]);
        }

        if (note is { Length: > 500 } || note?.Contains('<', StringComparison.Ordinal) == true)
        {
            ModelState.AddModelError("note", t["The note is plain text of at most 500 characters."]);
        }

        if (!ModelState.IsValid)
        {
            return await EditViewAsync(instrument, ct);
        }

        db.Set<Qualification>().Add(new Qualification
        {
            Id = Guid.NewGuid().ToString("N"), InstrumentId = id, UserName = userName!.Trim(), GrantedOn = grantedOn ?? time.BeijingToday(),
            GrantedBy = UserName, Note = note?.Trim() ?? "",
        });
        await db.SaveChangesAsync(ct);
        TempData["Message"] = t["The qualification was granted."].Value;
        return BackToEdit(id);
    }

    [HttpPost("{id}/qualifications/{qualificationId}/revoke")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Revoke(string id, string qualificationId, DateOnly? revokedOn, string? note, CancellationToken ct)
    {
        var q = await db.Set<Qualification>().FirstOrDefaultAsync(x => x.Id == qualificationId && x.InstrumentId == id && x.RevokedOn == null, ct);
        if (q is null)
        {
            return NotFound();
        }

        q.RevokedOn = revokedOn ?? time.BeijingToday();
        q.RevokeNote = note is { Length: > 0 and <= 500 } && !note.Contains('<', StringComparison.Ordinal) ? note.Trim() : null;
        await db.SaveChangesAsync(ct);
        TempData["Message"] = t["The qualification was revoked."].Value;
        return BackToEdit(id);
    }

    private async Task<IActionResult> EditViewAsync(Instrument instrument, CancellationToken ct)
    {
        Response.StatusCode = 422;
        return View(InstrumentEditPages.View, await pages.BuildAsync(InstrumentInput.From(instrument), instrument, ct));
    }

    private RedirectToActionResult BackToEdit(string id) => RedirectToAction("Edit", "InstrumentsAdmin", new { id });
}
