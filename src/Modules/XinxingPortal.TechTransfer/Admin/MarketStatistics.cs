using XinxingPortal.Abstractions.Workflow;
using Microsoft.EntityFrameworkCore;
using XinxingPortal.Abstractions.Data;
using XinxingPortal.Abstractions.Time;
using XinxingPortal.TechTransfer.Data;
using XinxingPortal.TechTransfer.Listings;
using XinxingPortal.TechTransfer.Moderation;
using XinxingPortal.TechTransfer.Organisations;

namespace XinxingPortal.TechTransfer.Admin;

/// <summary>The bureau's figures: approved listings by field and by month of approval, and what waits for staff.</summary>
internal sealed class MarketStatistics(IPortalDb db, TimeProvider time)
{
    public const int Months = 12;

    public async Task<MarketFigures> ComputeAsync(CancellationToken ct)
    {
        // Grouped in memory: the market holds thousands of rows at most, and SQLite and PostgreSQL group dates differently.
        var outcomes = await db.Set<Outcome>().AsNoTracking().Where(o => o.Status == ReviewState.Published)
            .Select(o => new Row(o.Field, o.PublishedUtc)).ToListAsync(ct);
        var demands = await db.Set<Demand>().AsNoTracking().Where(d => d.Status == ReviewState.Published)
            .Select(d => new Row(d.Field, d.PublishedUtc)).ToListAsync(ct);

        var fields = Enum.GetValues<TechField>();
        var thisMonth = time.BeijingToday();
        var months = Enumerable.Range(0, Months).Select(i => new DateOnly(thisMonth.Year, thisMonth.Month, 1).AddMonths(i - Months + 1)).ToList();
        int[] ByField(List<Row> rows) => [.. fields.Select(f => rows.Count(r => r.Field == f))];
        int[] ByMonth(List<Row> rows) => [.. months.Select(m => rows.Count(r => r.PublishedUtc is { } p && MonthOf(p) == m))];

        return new MarketFigures(
            fields, ByField(outcomes), ByField(demands), months, ByMonth(outcomes), ByMonth(demands),
            PendingOrganisations: await db.Set<Organisation>().CountAsync(o => o.Status == VerificationStatus.Pending, ct),
            PendingListings: await db.Set<Outcome>().CountAsync(o => o.Status == ReviewState.InReview, ct)
                + await db.Set<Demand>().CountAsync(d => d.Status == ReviewState.InReview, ct),
            VerifiedOrganisations: await db.Set<Organisation>().CountAsync(o => o.Status == VerificationStatus.Verified, ct));
    }

    private static DateOnly MonthOf(DateTime utc)
    {
        var local = BeijingTime.FromUtc(utc);
        return new DateOnly(local.Year, local.Month, 1);
    }

    private sealed record Row(TechField Field, DateTime? PublishedUtc);
}

internal sealed record MarketFigures(
    IReadOnlyList<TechField> Fields, int[] OutcomesByField, int[] DemandsByField,
    IReadOnlyList<DateOnly> Months, int[] OutcomesByMonth, int[] DemandsByMonth,
    int PendingOrganisations, int PendingListings, int VerifiedOrganisations);
