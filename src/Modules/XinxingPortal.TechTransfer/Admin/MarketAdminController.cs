using Microsoft.AspNetCore.Mvc;
using XinxingPortal.Abstractions.Security;

namespace XinxingPortal.TechTransfer.Admin;

/// <summary>The bureau's dashboard of the market.</summary>
[Route("admin/techtransfer")]
[RequirePermission(Permissions.Moderate)]
internal sealed class MarketAdminController(MarketStatistics statistics, Threads.ThreadStatistics threads) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        ViewData["Threads"] = (await threads.CountAsync(ct)).Total;
        return View(await statistics.ComputeAsync(ct));
    }
}
