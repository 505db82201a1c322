using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using XinxingPortal.Abstractions.Auditing;
using XinxingPortal.Abstractions.Data;
using XinxingPortal.Abstractions.Security;
using XinxingPortal.Policies.Data;

namespace XinxingPortal.Policies.Attachments;

[Route("admin/policies/{id}/attachments")]
[RequirePermission(Permissions.Edit)]
internal sealed class AttachmentsAdminController(IPortalDb db, IAuditLog audit, TimeProvider time, IStringLocalizer<AttachmentsAdminController> t) : Controller
{
    // Twice the cap, so a file somewhat too large still reaches the action and gets a clear message.
    private const long RequestLimit = 2 * AttachmentInspector.MaxBytes;

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

        var problem = file is null ? "Choose a file to attach." : null;
        byte[] data = [];
        if (file is not null && file.Length > AttachmentInspector.MaxBytes)
        {
            problem = "The file is larger than 20 MB.";
        }
        else if (file is not null)
        {
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, ct);
            data = buffer.ToArray();
        }

        var fileName = Path.GetFileName(file?.FileName ?? "");
        var (kind, refused) = problem is null ? AttachmentInspector.Inspect(fileName, data) : (null, problem);
        if (kind is null)
        {
            TempData["Error"] = t[refused!].Value;
            return RedirectToAction("Edit", "PoliciesAdmin", new { id });
        }

        db.Set<Attachment>().Add(new Attachment
        {
            ContentItemId = id,
            FileName = fileName.Length > 200 ? fileName[^200..] : fileName,
            ContentType = kind.ContentType,
            Size = data.Length,
            Data = data,
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
