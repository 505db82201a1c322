using Microsoft.EntityFrameworkCore;
using XinxingPortal.Abstractions.Content;
using XinxingPortal.Abstractions.Data;
using XinxingPortal.Abstractions.Paging;
using XinxingPortal.Policies.Data;
using XinxingPortal.Policies.Documents;

namespace XinxingPortal.Policies.Public;

/// <summary>
/// Reads for the public list, feeds and JSON: published documents of one culture, with their 索引号 and
/// first publication date. A list page runs a fixed number of queries whatever its size.
/// </summary>
internal sealed class PolicyQueries(IPortalDb db)
{
    public IQueryable<PolicyDocument> Published(string culture) =>
        db.Set<PolicyDocument>().AsNoTracking().Where(d => d.Published && d.Culture == culture);

    public async Task<PolicyListPage> ListAsync(string culture, PolicyFilter filter, CancellationToken ct)
    {
        var filtered = Apply(Published(culture), filter);
        var counts = await Apply(Published(culture), filter with { Type = null })
            .GroupBy(d => d.Type).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var items = await ItemsAsync(filtered, filter.OldestFirst, filter.PageRequest, ct);
        var topics = await db.Set<Topic>().AsNoTracking().OrderBy(t => t.Position).ToListAsync(ct);
        var agencies = await Published(culture).Select(d => d.IssuingAgency).Distinct().OrderBy(a => a).ToListAsync(ct);
        var years = await Published(culture).Select(d => d.WrittenOn.Year).Distinct().OrderByDescending(y => y).ToListAsync(ct);
        return new PolicyListPage(filter, items, counts.ToDictionary(c => c.Key, c => c.Count),
            topics.Select(t => (t.Code, t.NameFor(culture))).ToList(), agencies, years);
    }

    public Task<Page<PolicyListItem>> ItemsAsync(IQueryable<PolicyDocument> documents, bool oldestFirst, PageRequest page, CancellationToken ct)
    {
        var joined = from d in documents
                     join n in db.Set<IndexNumberRecord>().AsNoTracking() on d.LocalizationSet equals n.LocalizationSet into numbers
                     from n in numbers.DefaultIfEmpty()
                     select new { d, n };
        var ordered = oldestFirst
            ? joined.OrderBy(x => x.d.WrittenOn).ThenBy(x => x.d.Id)
            : joined.OrderByDescending(x => x.d.WrittenOn).ThenByDescending(x => x.d.Id);
        return ordered.ToPageAsync(page, async (slice, c) =>
        {
            var rows = await slice.Select(x => new
            {
                x.d.ContentItemId, x.d.Slug, x.d.DisplayText, x.d.Type, x.d.DocumentNumber, x.d.IssuingAgency, x.d.WrittenOn,
                Issued = x.n == null ? x.d.PublishedUtc : x.n.IssuedUtc, IndexNumber = x.n == null ? null : x.n.IndexNumber,
                x.d.Validity, x.d.TopicCode, Opening = x.d.BodyHtml.Substring(0, 1500),
            }).ToListAsync(c);
            IReadOnlyList<PolicyListItem> items = [.. rows.Select(r => new PolicyListItem(r.ContentItemId, r.Slug, r.DisplayText, r.Type,
                r.DocumentNumber, r.IssuingAgency, r.WrittenOn, r.Issued ?? DateTime.MinValue, r.IndexNumber, r.Validity, r.TopicCode,
                HtmlText.Summary(r.Opening)))];
            return items;
        }, ct);
    }

    private static IQueryable<PolicyDocument> Apply(IQueryable<PolicyDocument> q, PolicyFilter f)
    {
        if (f.Type is { } type)
        {
            q = q.Where(d => d.Type == type);
        }

        if (f.Topic is { } topic)
        {
            q = q.Where(d => d.TopicCode == topic);
        }

        if (f.Agency is { } agency)
        {
            q = q.Where(d => d.IssuingAgency == agency);
        }

        if (f.Year is { } year)
        {
            var from = new DateOnly(year, 1, 1);
            var to = from.AddYears(1);
            q = q.Where(d => d.WrittenOn >= from && d.WrittenOn < to);
        }

        if (f.Validity is { } validity)
        {
            q = q.Where(d => d.Validity == validity);
        }

        return q;
    }
}
