using System.Globalization;
using System.Text;
using System.Xml;
using Microsoft.AspNetCore.Mvc;
using XinxingPortal.Abstractions.Localization;
using XinxingPortal.Abstractions.Seo;
using XinxingPortal.Platform.Tenants;

namespace XinxingPortal.Platform.Seo;

/// <summary>The tenant's sitemap: every published address its enabled modules report, in every culture.</summary>
internal sealed class SitemapController(IEnumerable<ISitemapSource> sources, TenantContext tenant, ICultureLinks links) : Controller
{
    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    [HttpGet("/sitemap.xml")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var buffer = new MemoryStream();
        await using (var xml = XmlWriter.Create(buffer, new XmlWriterSettings { Async = true, Encoding = new UTF8Encoding(false), Indent = true }))
        {
            await xml.WriteStartDocumentAsync();
            xml.WriteStartElement("urlset", Namespace);
            foreach (var source in sources.Where(s => tenant.IsFeatureEnabled(s.FeatureId)))
            {
                foreach (var entry in await source.GetEntriesAsync(ct))
                {
                    xml.WriteStartElement("url", Namespace);
                    xml.WriteElementString("loc", Namespace, links.Absolute(entry.Culture, entry.Path));
                    xml.WriteElementString("lastmod", Namespace, entry.LastModifiedUtc.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                    await xml.WriteEndElementAsync();
                }
            }

            await xml.WriteEndElementAsync();
        }

        return File(buffer.ToArray(), "application/xml; charset=utf-8");
    }
}
