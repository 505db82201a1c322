namespace XinxingPortal.Abstractions.Search;

/// <summary>
/// What site search keeps of one public item in one culture. Labels (<see cref="Column"/>, <see cref="TypeName"/>,
/// facet values) are written in the item's own culture, because each culture has its own index.
/// </summary>
public sealed record SearchDocument
{
    /// <summary>The change feed's type name (the entity's CLR name, e.g. "PolicyDocument").</summary>
    public required string ContentType { get; init; }
    public required string ItemId { get; init; }
    public required string Culture { get; init; }
    public required string Title { get; init; }

    /// <summary>Plain text (no markup): the body, summary, and any attachment text worth finding.</summary>
    public required string Body { get; init; }

    /// <summary>栏目: where on the site it lives (政策文件, 科普活动 …).</summary>
    public required string Column { get; init; }

    /// <summary>The item's kind as a reader names it (通知公告, 科技成果 …).</summary>
    public required string TypeName { get; init; }

    /// <summary>The date a reader sorts by (成文日期, publish date, start of an event).</summary>
    public required DateOnly Date { get; init; }

    /// <summary>Culture-free path from the site's root, e.g. "/policies/plan-2022"; the page adds the culture prefix.</summary>
    public required string Url { get; init; }

    /// <summary>发文字号, found exactly (师市办发〔2022〕12号).</summary>
    public string? DocumentNumber { get; init; }

    /// <summary>A marker shown beside the result (已废止, 已失效, 已截止); null when the item is current.</summary>
    public string? Notice { get; init; }

    /// <summary>The last day (Beijing time) the item is public without any change being recorded (a demand's 有效期); null when open-ended.</summary>
    public DateOnly? VisibleUntil { get; init; }

    /// <summary>Further facets by name: <see cref="SearchFacets.Topic"/>, <see cref="SearchFacets.Validity"/>.</summary>
    public IReadOnlyDictionary<string, string> Facets { get; init; } = new Dictionary<string, string>();

    /// <summary>The stable key of the item in its culture's index.</summary>
    public string Key => KeyOf(ContentType, ItemId);

    public static string KeyOf(string contentType, string itemId) => contentType + ":" + itemId;
}

/// <summary>The facet names sources may fill beyond column, type and year.</summary>
public static class SearchFacets
{
    public const string Topic = "topic";
    public const string Validity = "validity";
}
