using XinxingPortal.TechTransfer.Data;
using XinxingPortal.TechTransfer.Moderation;
using XinxingPortal.TechTransfer.Threads;

namespace XinxingPortal.TechTransfer.Public;

/// <summary>
/// Where a public listing stands on the market, worked out from its 意向洽谈 threads: nobody has talked yet, talks are
/// going on, or a party has reached agreement (达成意向). Derived, so it can never disagree with the threads.
/// </summary>
internal enum MarketStatus
{
    Open,
    Negotiating,
    Agreed,
}

internal static class MarketStatusQueries
{
    public static IQueryable<T> WithStatus<T>(this IQueryable<T> listings, IQueryable<InterestThread> threads, ListingKind kind, MarketStatus status)
        where T : Listing => status switch
    {
        MarketStatus.Agreed => listings.Where(l => threads.Any(t => t.Kind == kind && t.ListingId == l.Id && t.Status == ThreadStatus.Agreed)),
        MarketStatus.Negotiating => listings.Where(l => !threads.Any(t => t.Kind == kind && t.ListingId == l.Id && t.Status == ThreadStatus.Agreed)
            && threads.Any(t => t.Kind == kind && t.ListingId == l.Id && t.Status == ThreadStatus.Open)),
        _ => listings.Where(l => !threads.Any(t => t.Kind == kind && t.ListingId == l.Id && t.Status != ThreadStatus.NotAgreed)),
    };

    /// <summary>The status of each listing among <paramref name="ids"/>, from the threads' states.</summary>
    public static Dictionary<string, MarketStatus> StatusOf(IEnumerable<(string ListingId, ThreadStatus Status)> threads) =>
        threads.GroupBy(t => t.ListingId).ToDictionary(
            g => g.Key,
            g => g.Any(t => t.Status == ThreadStatus.Agreed) ? MarketStatus.Agreed
                : g.Any(t => t.Status == ThreadStatus.Open) ? MarketStatus.Negotiating
                : MarketStatus.Open);
}
