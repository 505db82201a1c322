using Microsoft.AspNetCore.Mvc;
using XinxingPortal.Abstractions.Security;

namespace XinxingPortal.TechTransfer.Admin;

/// <summary>The bureau's dashboard of the market.</summary>
[Route("admin/techtransfer")]
[RequirePermission(Permissions.Moderate)]
internal sealed class MarketAdminController(MarketStatistics statistics) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await statistics.ComputeAsync(ct));
}
