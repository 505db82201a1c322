using Microsoft.EntityFrameworkCore;
using XinxingPortal.Abstractions.Changes;
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
internal sealed class PolicyQueries(IPortalDb db, IContentMemo memo)
{
    public IQueryable<PolicyDocument> Published(string culture) =>
        db.Set<PolicyDocument>().AsNoTracking().Where(d => d.Published && d.Culture == culture);

    public async Task<PolicyListPage> ListAsync(string culture, PolicyFilter filter, CancellationToken ct)
    {
        // Counts, agencies and years change only when a document does: computed once per change, not per request.
        var facets = filter with { Type = null, Page = 1, OldestFirst = false };
        var counts = await memo.GetOrComputeAsync($"policies:counts:{culture}:{facets}", async c =>
            (IReadOnlyDictionary<DocumentType, int>)(await Apply(Published(culture), facets)
                .GroupBy(d => d.Type).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(c))
            .ToDictionary(x => x.Key, x => x.Count), ct);
        var total = filter.Type is { } type ? counts.GetValueOrDefault(type) : counts.Values.Sum();
        var items = await ItemsAsync(Apply(Published(culture), filter), filter.OldestFirst, filter.PageRequest, total, ct);
        var topics = await db.Set<Topic>().AsNoTracking().OrderBy(t => t.Position).ToListAsync(ct);
        var agencies = await memo.GetOrComputeAsync($"policies:agencies:{culture}", async c =>
            (IReadOnlyList<string>)await Published(culture).Select(d => d.IssuingAgency).Distinct().OrderBy(a => a).ToListAsync(c), ct);
        var years = await memo.GetOrComputeAsync($"policies:years:{culture}", async c =>
            (IReadOnlyList<int>)await Published(culture).Select(d => d.WrittenOn.Year).Distinct().OrderByDescending(y => y).ToListAsync(c), ct);
        return new PolicyListPage(filter, items, counts,
            topics.Select(t => (t.Code, t.NameFor(culture))).ToList(), agencies, years);
    }

    /// <summary>One page of a list whose size is already known (from the memoised counts): no COUNT over the table.</summary>
    private async Task<Page<PolicyListItem>> ItemsAsync(IQueryable<PolicyDocument> documents, bool oldestFirst, PageRequest page, int total, CancellationToken ct)
    {
        var within = page.Within(total);
        var items = total == 0 ? [] : await ReadAsync(Order(documents, oldestFirst).Skip(within.Skip).Take(within.Size), oldestFirst, ct);
        return new Page<PolicyListItem>(items, within.Number, within.Size, total);
    }

    public Task<Page<PolicyListItem>> ItemsAsync(IQueryable<PolicyDocument> documents, bool oldestFirst, PageRequest page, CancellationToken ct) =>
        Order(documents, oldestFirst).ToPageAsync(page, (slice, c) => ReadAsync(slice, oldestFirst, c), ct);

    /// <summary>Sorted by 成文日期 on the (Published, Culture, WrittenOn) index; the page is cut before anything is joined.</summary>
    private static IOrderedQueryable<PolicyDocument> Order(IQueryable<PolicyDocument> documents, bool oldestFirst) => oldestFirst
        ? documents.OrderBy(d => d.WrittenOn).ThenBy(d => d.Id)
        : documents.OrderByDescending(d => d.WrittenOn).ThenByDescending(d => d.Id);

    /// <summary>The page's rows with their 索引号: one query, joined by the index numbers' key, bodies cut to an opening.</summary>
    private async Task<IReadOnlyList<PolicyListItem>> ReadAsync(IQueryable<PolicyDocument> slice, bool oldestFirst, CancellationToken ct)
    {
        var rows = await (from d in slice
                          join n in db.Set<IndexNumberRecord>().AsNoTracking() on d.LocalizationSet equals n.LocalizationSet into numbers
                          from n in numbers.DefaultIfEmpty()
                          select new
                          {
                              d.ContentItemId, d.Slug, d.DisplayText, d.Type, d.DocumentNumber, d.IssuingAgency, d.WrittenOn, d.Id,
                              Issued = n == null ? d.PublishedUtc : n.IssuedUtc, IndexNumber = n == null ? null : n.IndexNumber,
                              d.Validity, d.TopicCode, Opening = d.BodyHtml.Substring(0, 1500),
                          }).ToListAsync(ct);
        // The join may come back in any order; the page keeps the list's.
        var sorted = oldestFirst ? rows.OrderBy(r => r.WrittenOn).ThenBy(r => r.Id) : rows.OrderByDescending(r => r.WrittenOn).ThenByDescending(r => r.Id);
        return [.. sorted.Select(r => new PolicyListItem(r.ContentItemId, r.Slug, r.DisplayText, r.Type,
            r.DocumentNumber, r.IssuingAgency, r.WrittenOn, r.Issued ?? DateTime.MinValue, r.IndexNumber, r.Validity, r.TopicCode,
            HtmlText.Summary(r.Opening)))];
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
