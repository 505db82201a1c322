using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using XinxingPortal.Abstractions.Data;
using XinxingPortal.Abstractions.Time;
using XinxingPortal.OpenLab.Data;

namespace XinxingPortal.OpenLab.Statistics;

/// <summary>One instrument's sharing figures for a period, as the national evaluation (开放共享评价考核) asks for them.</summary>
/// <param name="Users">服务用户数: people, except that everyone booking for one organisation counts as that one user.</param>
/// <param name="Organisations">Verified organisations served (booked on behalf of); part of <paramref name="Users"/>.</param>
internal sealed record InstrumentFigures(
    Instrument Instrument, double WorkingHours, double ExternalHours, decimal Income, int Users, int Organisations, double QuotaHours)
{
    /// <summary>机时利用率: effective working hours against the quota for the period.</summary>
    public double Utilisation => QuotaHours <= 0 ? 0 : WorkingHours / QuotaHours;
}

/// <summary>
/// 机时 counted from actual use (the operator's start and end), never from the booking: 有效工作机时 is every recorded
/// use, 对外服务机时 the part for users of another unit than the instrument's (a booking on behalf of a verified
/// organisation always is), 定额机时 1,400 hours a year (800 for special
/// instruments) pro rata for the period, both configurable (OpenLab:QuotaHours, OpenLab:SpecialQuotaHours).
/// </summary>
internal sealed class MachineHours(IPortalDb db, IConfiguration configuration)
{
    /// <param name="only">The instruments to report (a lab manager's), or null for all.</param>
    public async Task<IReadOnlyList<InstrumentFigures>> ForAsync(DateOnly from, DateOnly toExclusive, CancellationToken ct, IReadOnlySet<string>? only = null)
    {
        var startUtc = BeijingTime.StartOfDayUtc(from);
        var endUtc = BeijingTime.StartOfDayUtc(toExclusive);
        var instruments = (await db.Set<Instrument>().AsNoTracking().Where(i => i.Latest).OrderBy(i => i.ClassificationCode).ThenBy(i => i.DisplayText).ToListAsync(ct))
            .Where(i => only is null || only.Contains(i.ContentItemId)).ToList();
        var uses = await db.Set<Data.Booking>().AsNoTracking()
            .Where(b => b.ActualStartUtc != null && b.ActualEndUtc != null && b.ActualStartUtc < endUtc && b.ActualEndUtc > startUtc)
            .Select(b => new { b.InstrumentId, b.UserName, b.Organisation, b.OrganisationId, b.ActualStartUtc, b.ActualEndUtc, b.Fee }).ToListAsync(ct);
        var yearShare = (toExclusive.DayNumber - from.DayNumber) / 365.0;
        var normal = configuration.GetValue("OpenLab:QuotaHours", 1400.0);
        var special = configuration.GetValue("OpenLab:SpecialQuotaHours", 800.0);
        return [.. instruments.Select(i =>
        {
            var mine = uses.Where(u => u.InstrumentId == i.ContentItemId).ToList();
            double Hours(DateTime? s, DateTime? e) => ((e!.Value < endUtc ? e.Value : endUtc) - (s!.Value > startUtc ? s.Value : startUtc)).TotalHours;
            return new InstrumentFigures(i,
                Math.Round(mine.Sum(u => Hours(u.ActualStartUtc, u.ActualEndUtc)), 2),
                Math.Round(mine.Where(u => u.OrganisationId is not null || !string.Equals(u.Organisation.Trim(), i.Unit.Trim(), StringComparison.Ordinal))
                    .Sum(u => Hours(u.ActualStartUtc, u.ActualEndUtc)), 2),
                mine.Sum(u => u.Fee ?? 0),
                mine.Select(u => u.OrganisationId is { } o ? "organisation:" + o : "user:" + u.UserName).Distinct().Count(),
                mine.Where(u => u.OrganisationId is not null).Select(u => u.OrganisationId).Distinct().Count(),
                Math.Round((i.Special ? special : normal) * yearShare, 1));
        })];
    }
}
