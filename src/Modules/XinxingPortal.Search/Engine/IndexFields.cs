using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.Util;
using XinxingPortal.Abstractions.Search;

namespace XinxingPortal.Search.Engine;

/// <summary>How a <see cref="SearchDocument"/> is laid out in Lucene, and read back.</summary>
internal static class IndexFields
{
    public const string Key = "key";
    public const string Title = "title";
    public const string Body = "body";
    public const string TitleGrams = "title_cjk";
    public const string BodyGrams = "body_cjk";
    public const string DocNumber = "docno";
    public const string DocNumberShown = "docno_shown";
    public const string Column = "column";
    public const string Type = "type";
    public const string Year = "year";
    public const string Date = "date";
    public const string Until = "until";
    public const string Url = "url";
    public const string Notice = "notice";
    public const string FacetPrefix = "f_";

    /// <summary>The facets a reader can filter by, in the order the page shows them.</summary>
    public static readonly IReadOnlyList<string> Facets = [Column, Type, Year, FacetPrefix + SearchFacets.Topic, FacetPrefix + SearchFacets.Validity];

    /// <summary>"Never ends": an item with no last day.</summary>
    public const int Forever = 99_991_231;

    public static int DateNumber(DateOnly date) => (date.Year * 100 + date.Month) * 100 + date.Day;

    public static Document ToLucene(SearchDocument d)
    {
        var document = new Document
        {
            new StringField(Key, d.Key, Field.Store.YES),
            new TextField(Title, d.Title, Field.Store.YES),
            // The number is part of the text too, so its words find it as well as the exact match.
            new TextField(Body, d.DocumentNumber is { Length: > 0 } n ? n + "\n" + d.Body : d.Body, Field.Store.YES),
            new StoredField(Url, d.Url),
            new Int32Field(Date, DateNumber(d.Date), Field.Store.YES),
            new NumericDocValuesField(Date, DateNumber(d.Date)),
            new Int32Field(Until, d.VisibleUntil is { } until ? DateNumber(until) : Forever, Field.Store.NO),
        };
        if (d.Culture == "zh-CN")
        {
            document.Add(new TextField(TitleGrams, d.Title, Field.Store.NO));
            document.Add(new TextField(BodyGrams, d.Body, Field.Store.NO));
        }

        if (d.DocumentNumber is { Length: > 0 } number)
        {
            document.Add(new StringField(DocNumber, DocumentNumbers.Normalize(number), Field.Store.NO));
            document.Add(new StoredField(DocNumberShown, number));
        }

        if (d.Notice is { Length: > 0 } notice)
        {
            document.Add(new StoredField(Notice, notice));
        }

        AddFacet(document, Column, d.Column);
        AddFacet(document, Type, d.TypeName);
        AddFacet(document, Year, d.Date.Year.ToString(CultureInfo.InvariantCulture));
        foreach (var (name, value) in d.Facets)
        {
            AddFacet(document, FacetPrefix + name, value);
        }

        return document;
    }

    /// <summary>A facet is matched exactly, counted from doc values, and shown from the stored copy.</summary>
    private static void AddFacet(Document document, string field, string value)
    {
        if (value.Length == 0)
        {
            return;
        }

        document.Add(new StringField(field, value, Field.Store.YES));
        document.Add(new SortedDocValuesField(field, new BytesRef(value)));
    }
}
