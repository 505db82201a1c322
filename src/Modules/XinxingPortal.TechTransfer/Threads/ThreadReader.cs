using Microsoft.EntityFrameworkCore;
using XinxingPortal.Abstractions.Data;
using XinxingPortal.TechTransfer.Data;
using XinxingPortal.TechTransfer.Organisations;

namespace XinxingPortal.TechTransfer.Threads;

/// <summary>Reads threads for the people allowed to: the two organisations and bureau staff.</summary>
internal sealed class ThreadReader(IPortalDb db, MarketAccess market)
{
    /// <summary>
    /// The thread when the user may read it; null both when it does not exist and when it is somebody else's,
    /// so a stranger cannot even learn that a conversation exists.
    /// </summary>
    public async Task<ThreadParty?> FindAsync(string? id, CancellationToken ct)
    {
        // A blank route value (/threads/%20) is bound as null.
        if (string.IsNullOrWhiteSpace(id) || id.Length > 64)
        {
            return null;
        }

        var thread = await db.Set<InterestThread>().FirstOrDefaultAsync(t => t.Id == id, ct);
        if (thread is null)
        {
            return null;
        }

        var organisation = await market.OrganisationAsync(ct);
        if (organisation is not null && (organisation.Id == thread.StarterOrganisationId || organisation.Id == thread.OwnerOrganisationId))
        {
            return new ThreadParty(thread, organisation, await market.IsStaffAsync());
        }

        return await market.IsStaffAsync() ? new ThreadParty(thread, null, true) : null;
    }

    public async Task<ThreadPage> PageAsync(ThreadParty viewer, CancellationToken ct)
    {
        var thread = viewer.Thread;
        var organisations = await db.Set<Organisation>().AsNoTracking()
            .Where(o => o.Id == thread.StarterOrganisationId || o.Id == thread.OwnerOrganisationId).ToListAsync(ct);
        var messages = await db.Set<ThreadMessage>().AsNoTracking().Where(m => m.ThreadId == thread.Id)
            .OrderBy(m => m.AtUtc).ThenBy(m => m.Id).ToListAsync(ct);
        return new ThreadPage(viewer, organisations.Find(o => o.Id == thread.StarterOrganisationId), organisations.Find(o => o.Id == thread.OwnerOrganisationId), messages);
    }

    /// <summary>The signed-in user's organisation's threads, both those it opened and those about its listings.</summary>
    public async Task<MyThreads> MineAsync(CancellationToken ct)
    {
        var organisation = await market.OrganisationAsync(ct);
        if (organisation is null)
        {
            return new MyThreads(null, []);
        }

        var rows = await RowsAsync(db.Set<InterestThread>().Where(t => t.StarterOrganisationId == organisation.Id || t.OwnerOrganisationId == organisation.Id), ct);
        return new MyThreads(organisation, rows.OrderByDescending(r => r.LastMessageUtc ?? r.Thread.CreatedUtc).ToList());
    }

    /// <summary>Rows for a list, with both organisations' names and the time of the last message.</summary>
    public async Task<IReadOnlyList<ThreadRow>> RowsAsync(IQueryable<InterestThread> threads, CancellationToken ct)
    {
        var found = await threads.AsNoTracking()
            .Select(t => new { Thread = t, Last = db.Set<ThreadMessage>().Where(m => m.ThreadId == t.Id).Max(m => (DateTime?)m.AtUtc) })
            .ToListAsync(ct);
        var ids = found.SelectMany(f => new[] { f.Thread.StarterOrganisationId, f.Thread.OwnerOrganisationId }).Distinct().ToList();
        var names = await db.Set<Organisation>().AsNoTracking().Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        return found.Select(f => new ThreadRow(f.Thread, names.GetValueOrDefault(f.Thread.StarterOrganisationId, ""), names.GetValueOrDefault(f.Thread.OwnerOrganisationId, ""), f.Last)).ToList();
    }
}
