using XinxingPortal.Abstractions.Paging;
using XinxingPortal.Policies.Documents;

namespace XinxingPortal.Policies.Public;

internal sealed record PolicyListItem(
    string ContentItemId,
    string Slug,
    string Title,
    DocumentType Type,
    string? DocumentNumber,
    string IssuingAgency,
    DateOnly WrittenOn,
    DateTime PublishedUtc,
    string? IndexNumber,
    Validity Validity,
    string? TopicCode,
    string Summary);

internal sealed record PolicyListPage(
    PolicyFilter Filter,
    Page<PolicyListItem> Results,
    IReadOnlyDictionary<DocumentType, int> CountsByType,
    IReadOnlyList<(string Code, string Name)> Topics,
    IReadOnlyList<string> Agencies,
    IReadOnlyList<int> Years);
