using XinxingPortal.Abstractions.Paging;
using XinxingPortal.Policies.Documents;

namespace XinxingPortal.Policies.Public;

/// <summary>The list's filters, as query-string parameters; anything unknown is ignored rather than failing.</summary>
internal sealed record PolicyFilter
{
    public const int PageSize = 20;

    public DocumentType? Type { get; init; }
    public string? Topic { get; init; }
    public string? Agency { get; init; }
    public int? Year { get; init; }
    public Validity? Validity { get; init; }
    public bool OldestFirst { get; init; }
    public int Page { get; init; } = 1;

    public PageRequest PageRequest => new(Page, PageSize);

    public static PolicyFilter From(Microsoft.AspNetCore.Http.IQueryCollection query) => new()
    {
        Type = Enum.TryParse<DocumentType>(query["type"], true, out var t) && Enum.IsDefined(t) ? t : null,
        Topic = query["topic"].FirstOrDefault() is { Length: > 0 and <= 64 } topic ? topic : null,
        Agency = query["agency"].FirstOrDefault() is { Length: > 0 and <= 128 } agency ? agency : null,
        Year = int.TryParse(query["year"], out var y) && y is >= 1949 and <= 2100 ? y : null,
        Validity = Enum.TryParse<Validity>(query["validity"], true, out var v) && Enum.IsDefined(v) ? v : null,
        OldestFirst = query["sort"] == "oldest",
        Page = PageRequest.Parse(query["page"], PageSize).Number,
    };
}
