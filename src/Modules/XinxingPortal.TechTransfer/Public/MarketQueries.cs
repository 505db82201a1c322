using XinxingPortal.Abstractions.Workflow;
using Microsoft.EntityFrameworkCore;
using XinxingPortal.Abstractions.Data;
using XinxingPortal.Abstractions.Paging;
using XinxingPortal.Abstractions.Time;
using XinxingPortal.TechTransfer.Data;
using XinxingPortal.TechTransfer.Listings;
using XinxingPortal.TechTransfer.Moderation;

namespace XinxingPortal.TechTransfer.Public;

/// <summary>What the public sees: approved outcomes, and approved demands until the end of their last valid day.</summary>
internal sealed class MarketQueries(IPortalDb db, SearchTerms terms, TimeProvider time)
{
    public IQueryable<Outcome> Outcomes() => db.Set<Outcome>().AsNoTracking().Where(o => o.Status == ReviewState.Published);

    public IQueryable<Demand> Demands()
    {
        var today = time.BeijingToday();
        return db.Set<Demand>().AsNoTracking().Where(d => d.Status == ReviewState.Published && d.ValidUntil >= today);
    }

    public async Task<Paged<Outcome>> OutcomesAsync(MarketFilter f, CancellationToken ct)
    {
        var query = Outcomes();
        if (f.Field is { } field)
        {
            query = query.Where(o => o.Field == field);
        }

        if (f.Trl is { } trl)
        {
            query = query.Where(o => o.Trl >= trl);
        }

        if (f.Mode is { } mode and not CooperationModes.None)
        {
            query = query.Where(o => (o.Modes & mode) != 0);
        }

        if (Money.ToYuan(f.Price) is { } max)
        {
            query = query.Where(o => o.PriceYuan != null && o.PriceYuan <= max);
        }

        if (f.Status is { } status)
        {
            query = query.WithStatus(db.Set<InterestThread>(), ListingKind.Outcome, status);
        }

        var ordered = query.OrderByDescending(o => o.PublishedUtc).ThenBy(o => o.Id);
        var words = terms.Of(f.Q);
        if (words.Count == 0)
        {
            return await WithStatusesAsync(new Paged<Outcome>(await ordered.ToPageAsync(f.PageRequest, ct), f), ListingKind.Outcome, ct);
        }

        // Keywords live in a JSON column the database cannot search portably, so text search runs here, after the
        // structured filters have narrowed the rows; a tenant's market holds thousands of outcomes at most.
        var found = (await ordered.ToListAsync(ct)).Where(o => words.All(w => Mentions(o, w))).ToList();
        return await WithStatusesAsync(new Paged<Outcome>(Page<Outcome>.Of(found, f.PageRequest), f), ListingKind.Outcome, ct);
    }

    /// <summary>The market status of one listing.</summary>
    public async Task<MarketStatus> StatusAsync(ListingKind kind, string id, CancellationToken ct) =>
        (await StatusesAsync(kind, [id], ct)).GetValueOrDefault(id, MarketStatus.Open);

    private async Task<Paged<T>> WithStatusesAsync<T>(Paged<T> page, ListingKind kind, CancellationToken ct) where T : Listing =>
        page with { Statuses = await StatusesAsync(kind, [.. page.Items.Select(i => i.Id)], ct) };

    private async Task<Dictionary<string, MarketStatus>> StatusesAsync(ListingKind kind, List<string> ids, CancellationToken ct)
    {
        var threads = await db.Set<InterestThread>().AsNoTracking().Where(t => t.Kind == kind && ids.Contains(t.ListingId))
            .Select(t => new { t.ListingId, t.Status }).ToListAsync(ct);
        return MarketStatusQueries.StatusOf(threads.Select(t => (t.ListingId, t.Status)));
    }

    private static bool Mentions(Outcome o, string word) =>
        o.Title.Contains(word, StringComparison.OrdinalIgnoreCase) || o.Summary.Contains(word, StringComparison.OrdinalIgnoreCase)
        || o.Indicators.Contains(word, StringComparison.OrdinalIgnoreCase) || o.Holder.Contains(word, StringComparison.OrdinalIgnoreCase)
        || o.Keywords.Any(k => k.Contains(word, StringComparison.OrdinalIgnoreCase));

    public async Task<Paged<Demand>> DemandsAsync(MarketFilter f, CancellationToken ct)
    {
        var query = Demands();
        foreach (var term in terms.Of(f.Q))
        {
            var like = $"%{term}%";
            query = query.Where(d => EF.Functions.Like(d.Title, like) || EF.Functions.Like(d.Description, like));
        }

        if (f.Field is { } field)
        {
            query = query.Where(d => d.Field == field);
        }

        if (f.Type is { } type)
        {
            query = query.Where(d => d.Type == type);
        }

        if (f.Trl is { } trl)
        {
            query = query.Where(d => d.RequiredTrl == null || d.RequiredTrl <= trl);
        }

        if (f.Mode is { } mode and not CooperationModes.None)
        {
            query = query.Where(d => (d.Modes & mode) != 0);
        }

        if (Money.ToYuan(f.Price) is { } price)
        {
            query = query.Where(d => d.BudgetMaxYuan == null || d.BudgetMaxYuan >= price);
        }

        if (f.Status is { } status)
        {
            query = query.WithStatus(db.Set<InterestThread>(), ListingKind.Demand, status);
        }

        var page = await query.OrderByDescending(d => d.PublishedUtc).ThenBy(d => d.Id).ToPageAsync(f.PageRequest, ct);
        return await WithStatusesAsync(new Paged<Demand>(page, f), ListingKind.Demand, ct);
    }
}
