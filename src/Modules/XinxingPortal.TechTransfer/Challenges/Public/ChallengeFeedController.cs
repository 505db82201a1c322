using System.Globalization;
using System.Text;
using System.Xml;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using XinxingPortal.Abstractions.Localization;
using XinxingPortal.Abstractions.Settings;
using XinxingPortal.Abstractions.Tenants;

namespace XinxingPortal.TechTransfer.Challenges.Public;

/// <summary>An Atom 1.0 feed (RFC 4287) of the published challenges, newest first.</summary>
internal sealed class ChallengeFeedController(
    ChallengeQueries queries, ICultureLinks links, ISiteSettingsStore settings, ITenantContext tenant, IStringLocalizer<ChallengeFeedController> t)
    : Controller
{
    private const string Atom = "http://www.w3.org/2005/Atom";
    private const int Entries = 20;
    private const int SummaryLength = 200;

    [HttpGet("techtransfer/challenges.atom")]
    public async Task<IActionResult> Feed(CancellationToken ct)
    {
        var site = await settings.GetAsync(ct);
        var items = await queries.Published().OrderByDescending(c => c.CreatedUtc).ThenBy(c => c.Id).Take(Entries).ToListAsync(ct);
        var origin = $"{Request.Scheme}://{Request.Host}";
        var buffer = new MemoryStream();
        await using (var xml = XmlWriter.Create(buffer, new XmlWriterSettings { Async = true, Encoding = new UTF8Encoding(false), Indent = true }))
        {
            await xml.WriteStartDocumentAsync();
            xml.WriteStartElement("feed", Atom);
            xml.WriteAttributeString("xml", "lang", null, links.CurrentCulture);
            xml.WriteElementString("id", Atom, $"tag:{Request.Host.Host},2022:{tenant.Name}:techtransfer:challenges:{links.CurrentCulture}");
            xml.WriteElementString("title", Atom, $"{site.SiteName} · {t["揭榜挂帅 challenges"]}");
            xml.WriteElementString("updated", Atom, Rfc3339(items.Count > 0 ? items.Max(c => c.UpdatedUtc) : DateTime.UnixEpoch));
            WriteLink(xml, "self", origin + links.Link(links.CurrentCulture, "/techtransfer/challenges.atom"), "application/atom+xml");
            WriteLink(xml, "alternate", origin + links.Link(links.CurrentCulture, "/techtransfer/challenges"), "text/html");
            xml.WriteStartElement("author", Atom);
            xml.WriteElementString("name", Atom, site.Sponsor.Length > 0 ? site.Sponsor : site.SiteName);
            await xml.WriteEndElementAsync();
            foreach (var c in items)
            {
                xml.WriteStartElement("entry", Atom);
                xml.WriteElementString("id", Atom, $"tag:{Request.Host.Host},2022:{tenant.Name}:challenge:{c.Id}");
                xml.WriteElementString("title", Atom, c.Title);
                xml.WriteElementString("updated", Atom, Rfc3339(c.UpdatedUtc));
                xml.WriteElementString("published", Atom, Rfc3339(c.CreatedUtc));
                WriteLink(xml, "alternate", origin + links.Link(links.CurrentCulture, "/techtransfer/challenges/" + c.Id), "text/html");
                xml.WriteElementString("summary", Atom, Summary(c));
                await xml.WriteEndElementAsync();
            }

            await xml.WriteEndElementAsync();
        }

        return File(buffer.ToArray(), "application/atom+xml; charset=utf-8");
    }

    private string Summary(Data.Challenge c)
    {
        var goal = c.Goal.Length <= SummaryLength ? c.Goal : c.Goal[..SummaryLength] + "…";
        return $"{c.Issuer} · {t["Funding: {0} ten thousand yuan", Funding.Wan(c.FundingYuan)]} · {t["Deadline: {0}", BeijingDate.Iso(c.Deadline)]}\n{goal}";
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
