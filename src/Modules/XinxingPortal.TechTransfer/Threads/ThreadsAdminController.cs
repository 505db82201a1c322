using Microsoft.AspNetCore.Mvc;
using XinxingPortal.Abstractions.Data;
using XinxingPortal.Abstractions.Paging;
using XinxingPortal.Abstractions.Modules;
using XinxingPortal.Abstractions.Security;
using XinxingPortal.TechTransfer.Data;

namespace XinxingPortal.TechTransfer.Threads;

/// <summary>Bureau staff read every expression of interest and see how many ended in agreement.</summary>
[RequireFeature(TechTransferFeature.Threads)]
[Route("admin/techtransfer/threads")]
[RequirePermission(Permissions.Moderate)]
internal sealed class ThreadsAdminController(IPortalDb db, ThreadReader reader, ThreadStatistics statistics) : Controller
{
    private const int PageSize = 50;

    [HttpGet("")]
    public async Task<IActionResult> Index(ThreadStatus? status, int page, CancellationToken ct)
    {
        var threads = db.Set<InterestThread>().AsQueryable();
        if (status is { } wanted)
        {
            threads = threads.Where(t => t.Status == wanted);
        }

        var rows = await threads.OrderByDescending(t => t.CreatedUtc).ThenBy(t => t.Id).ToPageAsync(new PageRequest(page, PageSize), reader.RowsAsync, ct);
        return View(new ThreadList(rows, status, await statistics.CountAsync(ct)));
    }

    [HttpGet("{id}")]
    public async Task<IActionResult> Show(string id, CancellationToken ct) =>
        await reader.FindAsync(id, ct) is { } viewer ? View(await reader.PageAsync(viewer, ct)) : NotFound();
}
