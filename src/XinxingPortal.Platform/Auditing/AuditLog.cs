using Microsoft.AspNetCore.Http;
using XinxingPortal.Abstractions.Auditing;
using XinxingPortal.Platform.Data;

namespace XinxingPortal.Platform.Auditing;

/// <summary>Adds entries to the request's context so they commit, or roll back, with the change they describe.</summary>
internal sealed class AuditLog(PortalDbContext db, TimeProvider time, IHttpContextAccessor http) : IAuditLog
{
    public void Record(string action, string subject, string? detail = null) =>
        db.Set<AuditEntry>().Add(new AuditEntry
        {
            AtUtc = time.GetUtcNow().UtcDateTime,
            User = http.HttpContext?.User.Identity?.Name,
            Action = action,
            Subject = subject,
            Detail = detail,
        });
}
