using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using XinxingPortal.Abstractions.Auditing;
using XinxingPortal.Abstractions.Data;
using XinxingPortal.Abstractions.Files;
using XinxingPortal.Abstractions.Security;
using XinxingPortal.Policies.Data;

namespace XinxingPortal.Policies.Attachments;

[Route("admin/policies/{id}/attachments")]
[RequirePermission(Permissions.Edit)]
internal sealed class AttachmentsAdminController(IPortalDb db, IFileInspector inspector, IAuditLog audit, TimeProvider time, IStringLocalizer<AttachmentsAdminController> t) : Controller
{
    // Twice the cap, so a file somewhat too large still reaches the action and gets a clear message.
    private const long RequestLimit = 2 * AttachmentRules.MaxBytes;

    [HttpPost("")]
    [ValidateAntiForgeryToken]
    [RequestSizeLimit(RequestLimit)]
    [RequestFormLimits(MultipartBodyLengthLimit = RequestLimit)]
    public async Task<IActionResult> Upload(string id, IFormFile? file, CancellationToken ct)
    {
        if (!await db.Set<PolicyDocument>().AnyAsync(d => d.ContentItemId == id && d.Latest, ct))
        {
            return NotFound();
        }

        var fileName = Path.GetFileName(file?.FileName ?? "");
        FileInspection checkedFile;
        if (file is null)
        {
            checkedFile = FileInspection.Refused("Choose a file to attach.");
        }
        else
        {
            await using var content = file.OpenReadStream();
            checkedFile = await inspector.InspectAsync(fileName, content, AttachmentRules.Rules, ct);
        }

        if (checkedFile.Kind is not { } kind)
        {
            TempData["Error"] = t[checkedFile.Problem!].Value;
            return RedirectToAction("Edit", "PoliciesAdmin", new { id });
        }

        db.Set<Attachment>().Add(new Attachment
        {
            ContentItemId = id,
            FileName = fileName.Length > 200 ? fileName[^200..] : fileName,
            ContentType = kind.ContentType(),
            Size = checkedFile.Content.Length,
            Data = checkedFile.Content,
            UploadedUtc = time.GetUtcNow().UtcDateTime,
            UploadedBy = User.Identity?.Name,
        });
        audit.Record("policy.attach", $"PolicyDocument:{id}", fileName);
        await db.SaveChangesAsync(ct);
        TempData["Message"] = t["The file was attached."].Value;
        return RedirectToAction("Edit", "PoliciesAdmin", new { id });
    }

    [HttpPost("{attachmentId:long}/delete")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Delete(string id, long attachmentId, CancellationToken ct)
    {
        var removed = await db.Set<Attachment>().Where(a => a.Id == attachmentId && a.ContentItemId == id).ExecuteDeleteAsync(ct);
        if (removed > 0)
        {
            audit.Record("policy.detach", $"PolicyDocument:{id}", attachmentId.ToString(System.Globalization.CultureInfo.InvariantCulture));
            await db.SaveChangesAsync(ct);
            TempData["Message"] = t["The file was removed."].Value;
        }

        return RedirectToAction("Edit", "PoliciesAdmin", new { id });
    }
}
