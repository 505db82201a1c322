using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using XinxingPortal.Abstractions.Security;
using XinxingPortal.Platform.Admin.Activity;
using XinxingPortal.Platform.Auditing;
using XinxingPortal.Platform.Data;
using XinxingPortal.Platform.Modules;
using XinxingPortal.Platform.Tenants;

namespace XinxingPortal.Platform.Admin;

[Route("admin")]
[RequirePermission(CorePermissions.AccessAdmin)]
internal sealed class AdminController(AdminMenu menu, TenantContext tenant, ModuleCatalog catalog, PortalDbContext db, ActivityDescriber activity) : Controller
{
    private const int RecentActivityCount = 10;

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var recent = await db.Set<AuditEntry>().AsNoTracking().OrderByDescending(a => a.Id).Take(RecentActivityCount).ToListAsync(ct);
        var features = catalog.Features.Ordered.Where(f => tenant.IsFeatureEnabled(f.Id)).ToList();
        return View(new DashboardModel(tenant.Name, await menu.ForAsync(User), features, [.. recent.Select(activity.Describe)]));
    }
}
