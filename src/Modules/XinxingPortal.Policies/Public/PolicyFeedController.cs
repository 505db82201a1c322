using System.Globalization;
using System.Text;
using System.Xml;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using XinxingPortal.Abstractions.Localization;
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
    private const string Atom = "http://www.w3.org/2005/Atom";
    private const int Entries = 20;

    [HttpGet("{type}.atom")]
    public async Task<IActionResult> Feed(string type, CancellationToken ct)
    {
        if (!Enum.TryParse<DocumentType>(type, true, out var documentType) || !Enum.IsDefined(documentType) || int.TryParse(type, out _))
        {
            return NotFound();
        }

        var site = await settings.GetAsync(ct);
        var items = await queries.ItemsAsync(queries.Published(links.CurrentCulture).Where(d => d.Type == documentType), false, 0, Entries, ct);
        var origin = $"{Request.Scheme}://{Request.Host}";
        var self = origin + links.Link(links.CurrentCulture, $"/policies/feed/{type.ToLowerInvariant()}.atom");
        var buffer = new MemoryStream();
        await using (var xml = XmlWriter.Create(buffer, new XmlWriterSettings { Async = true, Encoding = new UTF8Encoding(false), Indent = true }))
        {
            await xml.WriteStartDocumentAsync();
            xml.WriteStartElement("feed", Atom);
            xml.WriteAttributeString("xml", "lang", null, links.CurrentCulture);
            xml.WriteElementString("id", Atom, $"tag:{Request.Host.Host},2022:{tenant.Name}:policies:{documentType.ToString().ToLowerInvariant()}:{links.CurrentCulture}");
            xml.WriteElementString("title", Atom, $"{site.SiteName} · {t[DocumentTypeNames.Plural(documentType)]}");
            xml.WriteElementString("updated", Atom, Rfc3339(items.Count > 0 ? items.Max(i => i.PublishedUtc) : DateTime.UnixEpoch));
            WriteLink(xml, "self", self, "application/atom+xml");
            WriteLink(xml, "alternate", origin + links.Link(links.CurrentCulture, $"/policies?type={type.ToLowerInvariant()}"), "text/html");
            xml.WriteStartElement("author", Atom);
            xml.WriteElementString("name", Atom, site.Sponsor.Length > 0 ? site.Sponsor : site.SiteName);
            await xml.WriteEndElementAsync();
            foreach (var item in items)
            {
                xml.WriteStartElement("entry", Atom);
                xml.WriteElementString("id", Atom, $"tag:{Request.Host.Host},2022:{tenant.Name}:policy:{item.ContentItemId}");
                xml.WriteElementString("title", Atom, item.Title);
                xml.WriteElementString("updated", Atom, Rfc3339(item.PublishedUtc));
                xml.WriteElementString("published", Atom, Rfc3339(item.PublishedUtc));
                WriteLink(xml, "alternate", origin + links.Link(links.CurrentCulture, "/policies/" + item.Slug), "text/html");
                xml.WriteElementString("summary", Atom, item.Summary);
                await xml.WriteEndElementAsync();
            }

            await xml.WriteEndElementAsync();
        }

        return File(buffer.ToArray(), "application/atom+xml; charset=utf-8");
    }

    private static void WriteLink(XmlWriter xml, string rel, string href, string type)
    {
        xml.WriteStartElement("link", Atom);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    private static string Rfc3339(DateTime utc) =>
        DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
