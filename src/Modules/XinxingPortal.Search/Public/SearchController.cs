using System.Xml.Linq;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;
using XinxingPortal.Abstractions.Data;
using XinxingPortal.Abstractions.Localization;
using XinxingPortal.Abstractions.Settings;
using XinxingPortal.Abstractions.Tenants;
using XinxingPortal.Search.Querying;

namespace XinxingPortal.Search.Public;

/// <summary>站内搜索: the page, the same answer as JSON, and the OpenSearch description browsers add as a search engine.</summary>
internal sealed class SearchController(
    SearchService search, QueryLog log, HotSearches hotSearches, ITenantContext tenant, IPortalDb db, ICultureLinks links, ISiteSettingsStore settings,
    ILogger<SearchController> logger) : Controller
{
    private const int HotSearchCount = 5;
    private const int MaxJsonPageSize = 50;

    [HttpGet("search")]
    public async Task<IActionResult> Index(SearchRequest request, CancellationToken ct)
    {
        var culture = links.CurrentCulture;
        var results = await SearchAsync(request, culture, SearchService.PageSize, ct);
        await RecordAsync(request, results, culture, ct);
        var hot = await hotSearches.GetAsync(tenant.Name, culture, HotSearchCount, () => log.TopAsync(culture, zeroResults: false, HotSearchCount, ct));
        return View(new SearchPage(request, results, hot));
    }

    [HttpGet("search.json")]
    public async Task<IActionResult> Json(SearchRequest request, [FromQuery(Name = "size")] string? size, CancellationToken ct)
    {
        var culture = links.CurrentCulture;
        var pageSize = int.TryParse(size, out var n) ? Math.Clamp(n, 1, MaxJsonPageSize) : SearchService.PageSize;
        var results = await SearchAsync(request, culture, pageSize, ct);
        await RecordAsync(request, results, culture, ct);
        return Ok(new
        {
            query = results.Query,
            message = results.Message,
            total = results.Hits.Total,
            page = results.Hits.Number,
            pages = results.Hits.Pages,
            suggestion = results.Suggestion,
            results = results.Hits.Items.Select(h => new
            {
                title = h.Title,
                url = links.Absolute(culture, h.Url),
                column = h.Column,
                type = h.Type,
                date = SearchService.DateText(h.Date),
                excerptHtml = h.ExcerptHtml,
                notice = h.Notice,
                documentNumber = h.DocumentNumber,
            }),
            facets = results.Facets.Select(f => new { name = f.Parameter, values = f.Values.Select(v => new { value = v.Value, count = v.Count, selected = v.Selected }) }),
        });
    }

    [HttpGet("opensearch.xml")]
    public async Task<IActionResult> OpenSearch(CancellationToken ct)
    {
        var site = await settings.GetAsync(ct);
        XNamespace os = "http://a9.com/-/spec/opensearch/1.1/";
        var culture = links.CurrentCulture;
        var document = new XDocument(new XDeclaration("1.0", "utf-8", null),
            new XElement(os + "OpenSearchDescription",
                new XElement(os + "ShortName", site.SiteName.Length > 16 ? site.SiteName[..16] : site.SiteName),
                new XElement(os + "Description", site.SiteName),
                new XElement(os + "InputEncoding", "UTF-8"),
                new XElement(os + "Language", culture),
                new XElement(os + "Url", new XAttribute("type", "text/html"), new XAttribute("template", links.Absolute(culture, "/search") + "?q={searchTerms}")),
                new XElement(os + "Url", new XAttribute("type", "application/json"), new XAttribute("template", links.Absolute(culture, "/search.json") + "?q={searchTerms}"))));
        return Content(document.Declaration + "\n" + document.Root, "application/opensearchdescription+xml; charset=utf-8");
    }

    /// <summary>The index's disk going away mid-search (a deleted folder, a held lock) is a pause, not an error page.</summary>
    private async Task<SearchResults> SearchAsync(SearchRequest request, string culture, int pageSize, CancellationToken ct)
    {
        try
        {
            return await search.SearchAsync(request, culture, pageSize, ct);
        }
        catch (IOException ex)
        {
            logger.LogWarning(ex, "Search index unavailable for {Culture}", culture);
            return SearchResults.Empty(request.Q ?? "", "Search is unavailable for a moment; please try again.");
        }
    }

    /// <summary>First pages of real searches only: paging through results or bare facet clicks are not new searches.</summary>
    private async Task RecordAsync(SearchRequest request, SearchResults results, string culture, CancellationToken ct)
    {
        if (results.Query.Length == 0 || results.Hits.Number != 1 || request.Page is { Length: > 0 } and not "1")
        {
            return;
        }

        log.Record(results.Query, culture, results.Hits.Total);
        await db.SaveChangesAsync(ct);
    }
}

internal sealed record SearchPage(SearchRequest Request, SearchResults Results, IReadOnlyList<QueryCount> Hot);
