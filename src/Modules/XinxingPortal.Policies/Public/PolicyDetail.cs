using XinxingPortal.Policies.Data;
using XinxingPortal.Policies.Documents;

namespace XinxingPortal.Policies.Public;

/// <summary>Everything a document page shows: gov.cn's metadata table, body, files, links and history.</summary>
internal sealed record PolicyDetail(
    PolicyDocument Document,
    IndexNumberRecord? IndexNumber,
    string? TopicName,
    IReadOnlyList<TocEntry> Toc,
    IReadOnlyList<AttachmentInfo> Attachments,
    IReadOnlyList<PolicyLink> Interpretations,
    PolicyLink? Interprets,
    Validity InterpretedValidity,
    PolicyLink? ReplacedBy,
    IReadOnlyList<PolicyLink> Related,
    IReadOnlyList<Revision> History,
    bool StaleTranslation,
    string Source)
{
    public DateTime PublishedUtc => IndexNumber?.IssuedUtc ?? Document.PublishedUtc ?? Document.CreatedUtc;

    public IReadOnlyList<string> Keywords => Document.Keywords.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

internal sealed record AttachmentInfo(long Id, string FileName, string Label, long Size);

internal sealed record PolicyLink(string Slug, string Title, DateOnly WrittenOn, Validity Validity, DocumentType Type);

/// <summary>A published major revision, or the first publication (no note).</summary>
internal sealed record Revision(DateTime PublishedUtc, string? ChangeNote, bool First);
