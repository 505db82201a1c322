using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using XinxingPortal.Abstractions.Localization;
using XinxingPortal.Abstractions.Paging;
using XinxingPortal.Abstractions.Seo;
using XinxingPortal.Abstractions.Settings;
using XinxingPortal.Abstractions.Tenants;
using XinxingPortal.Policies.Documents;

namespace XinxingPortal.Policies.Public;

/// <summary>An Atom 1.0 feed per document type (RFC 4287), newest first.</summary>
[Route("policies/feed")]
internal sealed class PolicyFeedController(
    PolicyQueries queries, ICultureLinks links, ISiteSettingsStore settings, ITenantContext tenant, IStringLocalizer<PolicyFeedController> t)
    : Controller
{
    private const int Entries = 20;

    [HttpGet("{type}.atom")]
    public async Task<IActionResult> Feed(string type, CancellationToken ct)
    {
        if (!Enum.TryParse<DocumentType>(type, true, out var documentType) || !Enum.IsDefined(documentType) || int.TryParse(type, out _))
        {
            return NotFound();
        }

        var site = await settings.GetAsync(ct);
        var newest = await queries.ItemsAsync(queries.Published(links.CurrentCulture).Where(d => d.Type == documentType), false, new PageRequest(1, Entries), ct);
        var host = new Uri(links.Absolute(links.CurrentCulture, "/")).Host;
        var name = type.ToLowerInvariant();
        var header = new FeedHeader(
            $"tag:{host},2022:{tenant.Name}:policies:{documentType.ToString().ToLowerInvariant()}:{links.CurrentCulture}",
            $"{site.SiteName} · {t[DocumentTypeNames.Plural(documentType)]}",
            links.Absolute(links.CurrentCulture, $"/policies/feed/{name}.atom"),
            links.Absolute(links.CurrentCulture, $"/policies?type={name}"),
            site.Sponsor.Length > 0 ? site.Sponsor : site.SiteName, links.CurrentCulture);
        var entries = newest.Items.Select(item => new FeedEntry(
            $"tag:{host},2022:{tenant.Name}:policy:{item.ContentItemId}", item.Title, item.PublishedUtc, item.PublishedUtc,
            links.Absolute(links.CurrentCulture, "/policies/" + item.Slug), item.Summary));
        return File(AtomFeed.Write(header, entries), "application/atom+xml; charset=utf-8");
    }
}
