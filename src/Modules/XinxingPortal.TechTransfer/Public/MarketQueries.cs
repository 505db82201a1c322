using Microsoft.EntityFrameworkCore;
using XinxingPortal.Abstractions.Data;
using XinxingPortal.TechTransfer.Data;
using XinxingPortal.TechTransfer.Listings;
using XinxingPortal.TechTransfer.Moderation;

namespace XinxingPortal.TechTransfer.Public;

/// <summary>What the public sees: approved outcomes, and approved demands until the end of their last valid day.</summary>
internal sealed class MarketQueries(IPortalDb db, SearchTerms terms, TimeProvider time)
{
    public IQueryable<Outcome> Outcomes() => db.Set<Outcome>().AsNoTracking().Where(o => o.Status == ReviewStatus.Approved);

    public IQueryable<Demand> Demands()
    {
        var today = MarketTime.Today(time);
        return db.Set<Demand>().AsNoTracking().Where(d => d.Status == ReviewStatus.Approved && d.ValidUntil >= today);
    }

    public async Task<Paged<Outcome>> OutcomesAsync(MarketFilter f, CancellationToken ct)
    {
        var query = Outcomes();
        foreach (var term in terms.Of(f.Q))
        {
            var like = $"%{term}%";
            query = query.Where(o => EF.Functions.Like(o.Title, like) || EF.Functions.Like(o.Summary, like)
                || EF.Functions.Like(o.Indicators, like) || EF.Functions.Like(o.Holder, like));
        }

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

        var total = await query.CountAsync(ct);
        var items = await query.OrderByDescending(o => o.PublishedUtc).ThenBy(o => o.Id).Skip(f.Skip).Take(MarketFilter.PageSize).ToListAsync(ct);
        return new Paged<Outcome>(items, total, f);
    }

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

        var total = await query.CountAsync(ct);
        var items = await query.OrderByDescending(d => d.PublishedUtc).ThenBy(d => d.Id).Skip(f.Skip).Take(MarketFilter.PageSize).ToListAsync(ct);
        return new Paged<Demand>(items, total, f);
    }
}
