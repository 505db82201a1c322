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

    public static PolicyFilter From(Microsoft.AspNetCore.Http.IQueryCollection query) => new()
    {
        Type = Enum.TryParse<DocumentType>(query["type"], true, out var t) && Enum.IsDefined(t) ? t : null,
        Topic = query["topic"].FirstOrDefault() is { Length: > 0 and <= 64 } topic ? topic : null,
        Agency = query["agency"].FirstOrDefault() is { Length: > 0 and <= 128 } agency ? agency : null,
        Year = int.TryParse(query["year"], out var y) && y is >= 1949 and <= 2100 ? y : null,
        Validity = Enum.TryParse<Validity>(query["validity"], true, out var v) && Enum.IsDefined(v) ? v : null,
        OldestFirst = query["sort"] == "oldest",
        Page = int.TryParse(query["page"], out var p) && p is >= 1 and <= 10_000 ? p : 1,
    };

    /// <summary>The query string for another page of the same list.</summary>
    public string QueryFor(int page) =>
        string.Join("&", new[]
        {
            Type is null ? null : "type=" + Type.ToString()!.ToLowerInvariant(),
            Topic is null ? null : "topic=" + Uri.EscapeDataString(Topic),
            Agency is null ? null : "agency=" + Uri.EscapeDataString(Agency),
            Year is null ? null : "year=" + Year,
            Validity is null ? null : "validity=" + Validity.ToString()!.ToLowerInvariant(),
            OldestFirst ? "sort=oldest" : null,
            "page=" + page,
        }.Where(p => p is not null));
}
