using System.Globalization;
using System.Text;
using System.Xml;

namespace XinxingPortal.Abstractions.Seo;

/// <summary>Writes an Atom 1.0 feed (RFC 4287): one writer for every module that offers a feed.</summary>
public static class AtomFeed
{
    private const string Atom = "http://www.w3.org/2005/Atom";

    public static byte[] Write(FeedHeader header, IEnumerable<FeedEntry> entries)
    {
        var list = entries.ToList();
        var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", Atom);
            xml.WriteAttributeString("xml", "lang", null, header.Culture);
            xml.WriteElementString("id", Atom, header.Id);
            xml.WriteElementString("title", Atom, header.Title);
            xml.WriteElementString("updated", Atom, Rfc3339(list.Count > 0 ? list.Max(e => e.UpdatedUtc) : DateTime.UnixEpoch));
            Link(xml, "self", header.Self, "application/atom+xml");
            Link(xml, "alternate", header.Alternate, "text/html");
            xml.WriteStartElement("author", Atom);
            xml.WriteElementString("name", Atom, header.Author);
            xml.WriteEndElement();
            foreach (var e in list)
            {
                xml.WriteStartElement("entry", Atom);
                xml.WriteElementString("id", Atom, e.Id);
                xml.WriteElementString("title", Atom, e.Title);
                xml.WriteElementString("updated", Atom, Rfc3339(e.UpdatedUtc));
                xml.WriteElementString("published", Atom, Rfc3339(e.PublishedUtc));
                Link(xml, "alternate", e.Url, "text/html");
                xml.WriteElementString("summary", Atom, e.Summary);
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        return buffer.ToArray();
    }

    private static void Link(XmlWriter xml, string rel, string href, string type)
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

public sealed record FeedHeader(string Id, string Title, string Self, string Alternate, string Author, string Culture);

public sealed record FeedEntry(string Id, string Title, DateTime PublishedUtc, DateTime UpdatedUtc, string Url, string Summary);
