using Microsoft.EntityFrameworkCore;
using XinxingPortal.Abstractions.Data;
using XinxingPortal.Abstractions.Time;
using XinxingPortal.TechTransfer.Data;

namespace XinxingPortal.TechTransfer.Threads;

/// <summary>
/// Counts of threads, overall or in one Beijing month. In a month, Opened counts threads started then, Agreed and
/// NotAgreed threads closed then, and Open the threads started then that are still open.
/// </summary>
internal sealed record ThreadTally(int Opened, int Agreed, int NotAgreed, int Open);

internal sealed record MonthTally(int Year, int Month, ThreadTally Tally);

/// <summary>All threads ever, and by month, newest month first.</summary>
internal sealed record ThreadCounts(ThreadTally Total, IReadOnlyList<MonthTally> Months);

/// <summary>How many 意向洽谈 the market produced and how they ended; feeds the bureau's statistics.</summary>
internal sealed class ThreadStatistics(IPortalDb db)
{
    public async Task<ThreadCounts> CountAsync(CancellationToken ct)
    {
        // Counted in memory: a bureau's market has thousands of threads at most, and Beijing months are simpler
        // to get right here than in two SQL dialects.
        var threads = await db.Set<InterestThread>().AsNoTracking()
            .Select(t => new { t.Status, t.CreatedUtc, t.ClosedUtc }).ToListAsync(ct);
        var total = new ThreadTally(threads.Count, threads.Count(t => t.Status == ThreadStatus.Agreed),
            threads.Count(t => t.Status == ThreadStatus.NotAgreed), threads.Count(t => t.Status == ThreadStatus.Open));

        var events = threads.Select(t => (Month: MonthOf(t.CreatedUtc), Opened: 1, Agreed: 0, NotAgreed: 0, Open: t.Status == ThreadStatus.Open ? 1 : 0))
            .Concat(threads.Where(t => t.ClosedUtc is not null && t.Status != ThreadStatus.Open).Select(t =>
                (Month: MonthOf(t.ClosedUtc!.Value), Opened: 0, Agreed: t.Status == ThreadStatus.Agreed ? 1 : 0, NotAgreed: t.Status == ThreadStatus.NotAgreed ? 1 : 0, Open: 0)));
        var months = events.GroupBy(e => e.Month).OrderByDescending(g => g.Key)
            .Select(g => new MonthTally(g.Key.Year, g.Key.Month, new ThreadTally(g.Sum(e => e.Opened), g.Sum(e => e.Agreed), g.Sum(e => e.NotAgreed), g.Sum(e => e.Open))))
            .ToList();
        return new ThreadCounts(total, months);
    }

    private static (int Year, int Month) MonthOf(DateTime utc)
    {
        var beijing = BeijingTime.FromUtc(utc);
        return (beijing.Year, beijing.Month);
    }
}
