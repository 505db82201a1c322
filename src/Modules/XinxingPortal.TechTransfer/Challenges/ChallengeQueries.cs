using Microsoft.EntityFrameworkCore;
using XinxingPortal.Abstractions.Data;
using XinxingPortal.TechTransfer.Data;
using XinxingPortal.TechTransfer.Listings;

namespace XinxingPortal.TechTransfer.Challenges;

/// <summary>Reads of published challenges and of the 公示 that closes one.</summary>
internal sealed class ChallengeQueries(IPortalDb db, TimeProvider time)
{
    public const int PageSize = 10;

    public IQueryable<Challenge> Published() => db.Set<Challenge>().AsNoTracking().Where(c => c.Published);

    public Task<Challenge?> PublishedAsync(string id, CancellationToken ct) => Published().FirstOrDefaultAsync(c => c.Id == id, ct);

    /// <summary>
    /// Open challenges first, the nearest deadline at the top; then the closed and announced ones, the most
    /// recent deadline first.
    /// </summary>
    public async Task<(IReadOnlyList<Challenge> Items, int Total)> PageAsync(TechField? field, int page, CancellationToken ct)
    {
        var today = MarketTime.Today(time);
        var q = Published();
        if (field is { } f)
        {
            q = q.Where(c => c.Field == f);
        }

        var total = await q.CountAsync(ct);
        var items = await q
            .OrderBy(c => c.AnnouncedUtc == null && c.Deadline >= today ? 0 : 1)
            .ThenBy(c => c.AnnouncedUtc == null && c.Deadline >= today ? c.Deadline : today)
            .ThenByDescending(c => c.Deadline)
            .ThenBy(c => c.Id)
            .Skip((Math.Clamp(page, 1, 100_000) - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        return (items, total);
    }

    /// <summary>The selected team and its organisation, once the winner is announced.</summary>
    public async Task<Winner?> WinnerAsync(Challenge c, CancellationToken ct)
    {
        if (c.AnnouncedUtc is null || c.WinnerApplicationId is null)
        {
            return null;
        }

        var application = await db.Set<ChallengeApplication>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == c.WinnerApplicationId, ct);
        var organisation = application is null ? null : await db.Set<Organisation>().AsNoTracking().FirstOrDefaultAsync(o => o.Id == application.OrganisationId, ct);
        return application is null || organisation is null ? null : new Winner(application.TeamName, application.Leader, organisation.Name);
    }
}

internal sealed record Winner(string TeamName, string Leader, string OrganisationName);
