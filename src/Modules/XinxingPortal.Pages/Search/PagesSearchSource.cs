using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using XinxingPortal.Abstractions.Content;
using XinxingPortal.Abstractions.Data;
using XinxingPortal.Abstractions.Search;
using XinxingPortal.Pages.Data;

namespace XinxingPortal.Pages.Search;

/// <summary>The published version of an institutional page for site search.</summary>
internal sealed class PagesSearchSource(IPortalDb db, IStringLocalizer<PagesSearchSource> t) : ISearchSource
{
    public string FeatureId => PagesFeature.Id;

    public IReadOnlyCollection<string> ContentTypes { get; } = [nameof(Page)];

    public async Task<SearchDocument?> GetAsync(string contentType, string itemId, string culture, CancellationToken ct) =>
        await db.Set<Page>().AsNoTracking().FirstOrDefaultAsync(p => p.Published && p.ContentItemId == itemId && p.Culture == culture, ct)
            is { } page ? Map(page) : null;

    public async IAsyncEnumerable<SearchDocument> AllAsync(string culture, [EnumeratorCancellation] CancellationToken ct)
    {
        foreach (var page in await db.Set<Page>().AsNoTracking().Where(p => p.Published && p.Culture == culture).ToListAsync(ct))
        {
            yield return Map(page);
        }
    }

    private SearchDocument Map(Page page) => new()
    {
        ContentType = nameof(Page),
        ItemId = page.ContentItemId,
        Culture = page.Culture,
        Title = page.DisplayText,
        Body = HtmlText.Plain(page.BodyHtml),
        Column = t["About the bureau"],
        TypeName = t["Page"],
        Date = XinxingPortal.Abstractions.Time.BeijingTime.DateOf(page.PublishedUtc ?? page.ModifiedUtc),
        Url = "/pages/" + page.Slug,
    };
}
