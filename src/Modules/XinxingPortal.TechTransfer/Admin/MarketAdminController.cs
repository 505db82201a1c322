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
        return View(new MarketDashboardPage(await statistics.ComputeAsync(ct), (await threads.CountAsync(ct)).Total));
    }
}

/// <summary>The dashboard's figures: listings and organisations, and the expressions of interest.</summary>
internal sealed record MarketDashboardPage(MarketFigures Figures, Threads.ThreadTally Threads);
