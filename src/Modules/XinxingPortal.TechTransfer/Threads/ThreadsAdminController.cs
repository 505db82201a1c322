using Microsoft.AspNetCore.Mvc;
using XinxingPortal.Abstractions.Data;
using XinxingPortal.Abstractions.Security;
using XinxingPortal.TechTransfer.Data;

namespace XinxingPortal.TechTransfer.Threads;

/// <summary>Bureau staff read every expression of interest and see how many ended in agreement.</summary>
[Route("admin/techtransfer/threads")]
[RequirePermission(Permissions.Moderate)]
internal sealed class ThreadsAdminController(IPortalDb db, ThreadReader reader, ThreadStatistics statistics) : Controller
{
    private const int PageSize = 50;

    [HttpGet("")]
    public async Task<IActionResult> Index(ThreadStatus? status, int page, CancellationToken ct)
    {
        page = Math.Max(1, page);
        var threads = db.Set<InterestThread>().AsQueryable();
        if (status is { } wanted)
        {
            threads = threads.Where(t => t.Status == wanted);
        }

        var rows = await reader.RowsAsync(threads.OrderByDescending(t => t.CreatedUtc).ThenBy(t => t.Id).Skip((Math.Clamp(page, 1, 100_000) - 1) * PageSize).Take(PageSize + 1), ct);
        return View(new ThreadList(rows.Take(PageSize).ToList(), status, page, rows.Count > PageSize, await statistics.CountAsync(ct)));
    }

    [HttpGet("{id}")]
    public async Task<IActionResult> Show(string id, CancellationToken ct) =>
        await reader.FindAsync(id, ct) is { } viewer ? View(await reader.PageAsync(viewer, ct)) : NotFound();
}
