using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.EntityFrameworkCore;
using XinxingPortal.Abstractions.Data;
using XinxingPortal.OpenLab.Data;

namespace XinxingPortal.OpenLab.Admin;

/// <summary>The labs the signed-in manager may manage: those they are assigned to, or every lab when they have no assignment.</summary>
internal sealed class LabScope(IPortalDb db, IHttpContextAccessor http)
{
    private IReadOnlySet<string>? labs;
    private bool loaded;

    /// <summary>The lab ids, or null for every lab.</summary>
    public async Task<IReadOnlySet<string>?> LabsAsync(CancellationToken ct)
    {
        if (!loaded)
        {
            var user = http.HttpContext?.User.Identity?.Name ?? "";
            var assigned = await db.Set<LabAssignment>().AsNoTracking().Where(a => a.UserName == user).Select(a => a.LabId).ToListAsync(ct);
            labs = assigned.Count == 0 ? null : assigned.ToHashSet(StringComparer.Ordinal);
            loaded = true;
        }

        return labs;
    }

    /// <summary>The instruments of the manager's labs, or null for every instrument.</summary>
    public async Task<IReadOnlySet<string>?> InstrumentsAsync(CancellationToken ct)
    {
        if (await LabsAsync(ct) is not { } mine)
        {
            return null;
        }

        var ids = mine.ToList();
        return (await db.Set<Instrument>().AsNoTracking().Where(i => i.Latest && ids.Contains(i.LabId)).Select(i => i.ContentItemId).ToListAsync(ct))
            .ToHashSet(StringComparer.Ordinal);
    }

    public async Task<bool> MayManageLabAsync(string? labId, CancellationToken ct) =>
        await LabsAsync(ct) is not { } mine || (labId is not null && mine.Contains(labId));

    public async Task<bool> MayManageInstrumentAsync(string instrumentId, CancellationToken ct) =>
        await LabsAsync(ct) is not { } mine ||
        await db.Set<Instrument>().AsNoTracking().AnyAsync(i => i.ContentItemId == instrumentId && i.Latest && mine.Contains(i.LabId), ct);
}

/// <summary>
/// Answers 404 when the route's instrument (or, for <see cref="ForBookings"/>, the booking's instrument) lies outside
/// the manager's labs, as if it did not exist, before the action reads or changes anything.
/// </summary>
internal sealed class LabScopeFilter(LabScope scope, IPortalDb db, bool forBookings) : IAsyncActionFilter
{
    public const bool ForBookings = true;

    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        var ct = context.HttpContext.RequestAborted;
        if (context.RouteData.Values.TryGetValue("id", out var value) && value is string id && await scope.LabsAsync(ct) is not null)
        {
            var instrumentId = forBookings
                ? await db.Set<Data.Booking>().AsNoTracking().Where(b => b.Id == id).Select(b => b.InstrumentId).FirstOrDefaultAsync(ct)
                : id;
            if (instrumentId is null || !await scope.MayManageInstrumentAsync(instrumentId, ct))
            {
                context.Result = new NotFoundResult();
                return;
            }
        }

        await next();
    }
}
