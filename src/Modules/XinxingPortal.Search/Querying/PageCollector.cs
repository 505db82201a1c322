using Lucene.Net.Index;
using Lucene.Net.Search;
using XinxingPortal.Search.Engine;
using Hit = XinxingPortal.Search.Querying.Ranking.Hit;

namespace XinxingPortal.Search.Querying;

/// <summary>
/// Goes once through every match: drops what is no longer shown, counts the facets, and keeps only the best hits up
/// to the end of the requested page (a bounded heap whose root is the worst kept), with the recency lift applied on
/// the way. A common word matches most of the index; keeping and sorting every match cost more than the search.
/// </summary>
internal sealed class PageCollector : ICollector
{
    private readonly int keep;
    private readonly bool byDate;
    private readonly int today;
    private readonly int todayNumber;
    private readonly Comparer<Hit> order;
    private readonly PriorityQueue<Hit, Hit> best;
    private readonly Dictionary<string, int>[] counts = [.. IndexFields.Facets.Select(_ => new Dictionary<string, int>(StringComparer.Ordinal))];
    private readonly int[][] segmentCounts = new int[IndexFields.Facets.Count][];
    private SegmentColumns? columns;
    private Scorer? scorer;
    private int docBase;

    /// <param name="keep">How many of the best to keep: every hit up to the end of the requested page.</param>
    public PageCollector(int keep, bool byDate, DateOnly today)
    {
        this.keep = keep;
        this.byDate = byDate;
        this.today = today.DayNumber;
        todayNumber = IndexFields.DateNumber(today);
        order = byDate ? Ranking.ByDate : Ranking.ByRelevance;
        // The root is the worst hit kept, so the heap orders the other way round; its room grows only as needed.
        best = new PriorityQueue<Hit, Hit>(Math.Min(keep, 1024), Comparer<Hit>.Create((a, b) => order.Compare(b, a)));
    }

    /// <summary>Matches still shown today.</summary>
    public int Total { get; private set; }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) => this.scorer = scorer;

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        docBase = context.DocBase;
        columns = SegmentColumns.Of(context.AtomicReader);
        for (var i = 0; i < segmentCounts.Length; i++)
        {
            segmentCounts[i] = new int[columns.Values[i].Length];
        }
    }

    public void Collect(int doc)
    {
        var c = columns!;
        if (c.Until[doc] < todayNumber)
        {
            return; // expired: neither shown nor counted
        }

        Total++;
        for (var i = 0; i < segmentCounts.Length; i++)
        {
            if (c.Ords[i][doc] is var ord and >= 0)
            {
                segmentCounts[i][ord]++;
            }
        }

        if (keep == 0)
        {
            return;
        }

        if (byDate && best.Count == keep && c.Dates[doc] < best.Peek().Date)
        {
            return; // older than the oldest kept: it cannot make the page, whatever its score
        }

        var score = scorer!.GetScore();
        var hit = new Hit(docBase + doc, byDate ? score : Ranking.Lifted(score, c.Days[doc], today), c.Dates[doc]);
        if (best.Count < keep)
        {
            best.Enqueue(hit, hit);
        }
        else if (order.Compare(hit, best.Peek()) < 0)
        {
            best.EnqueueDequeue(hit, hit);
        }
    }

    /// <summary>The hits kept, best first.</summary>
    public List<Hit> Best()
    {
        var hits = best.UnorderedItems.Select(e => e.Element).ToList();
        hits.Sort(order);
        return hits;
    }

    /// <summary>Each facet's values with their counts over every match still shown, by field.</summary>
    public IReadOnlyDictionary<string, Dictionary<string, int>> Counts()
    {
        Flush();
        return IndexFields.Facets.Select((field, i) => (field, i)).ToDictionary(f => f.field, f => counts[f.i]);
    }

    private void Flush()
    {
        if (columns is not { } c)
        {
            return;
        }

        for (var i = 0; i < segmentCounts.Length; i++)
        {
            for (var ord = 0; ord < segmentCounts[i].Length; ord++)
            {
                if (segmentCounts[i][ord] > 0)
                {
                    var value = c.Values[i][ord];
                    counts[i][value] = counts[i].GetValueOrDefault(value) + segmentCounts[i][ord];
                    segmentCounts[i][ord] = 0;
                }
            }
        }

        columns = null;
    }
}
