using Microsoft.EntityFrameworkCore;
using XinxingPortal.Abstractions.Data;
using XinxingPortal.Abstractions.Files;
using XinxingPortal.Abstractions.Settings;
using XinxingPortal.Policies.Attachments;
using XinxingPortal.Policies.Data;
using XinxingPortal.Policies.Documents;

namespace XinxingPortal.Policies.Public;

internal sealed class PolicyDetailReader(IPortalDb db, PolicyQueries queries, ISiteSettingsStore settings)
{
    private const int RelatedCount = 5;

    public async Task<PolicyDetail?> ReadAsync(string culture, string slug, CancellationToken ct)
    {
        var document = await queries.Published(culture).FirstOrDefaultAsync(d => d.Slug == slug, ct);
        if (document is null)
        {
            return null;
        }

        var set = document.LocalizationSet;
        var index = await db.Set<IndexNumberRecord>().AsNoTracking().FirstOrDefaultAsync(n => n.LocalizationSet == set, ct);
        var topic = document.TopicCode is null ? null : await db.Set<Topic>().AsNoTracking().FirstOrDefaultAsync(t => t.Code == document.TopicCode, ct);
        var attachments = await db.Set<Attachment>().AsNoTracking().Where(a => a.ContentItemId == document.ContentItemId)
            .OrderBy(a => a.Id).Select(a => new { a.Id, a.FileName, a.Size }).ToListAsync(ct);
        var interpretations = await LinksAsync(queries.Published(culture).Where(d => d.Interprets == set), ct);
        var interprets = document.Interprets is { } p ? (await LinksAsync(queries.Published(culture).Where(d => d.LocalizationSet == p), ct)).FirstOrDefault() : null;
        var replacedBy = document.ReplacedBy is { } r ? (await LinksAsync(queries.Published(culture).Where(d => d.LocalizationSet == r), ct)).FirstOrDefault() : null;
        var related = document.TopicCode is null ? [] : await LinksAsync(queries.Published(culture)
            .Where(d => d.TopicCode == document.TopicCode && d.LocalizationSet != set && d.Interprets != set)
            .OrderByDescending(d => d.WrittenOn).Take(RelatedCount), ct);

        return new PolicyDetail(
            document, index, topic?.NameFor(culture), TableOfContents.From(document.BodyHtml),
            attachments.Select(a => new AttachmentInfo(a.Id, a.FileName, LabelOf(a.FileName), a.Size)).ToList(),
            interpretations, interprets, interprets?.Validity ?? Validity.Valid, replacedBy, related,
            await HistoryAsync(document.ContentItemId, ct), await IsStaleAsync(document, ct), (await settings.GetAsync(ct)).Sponsor);
    }

    private async Task<IReadOnlyList<Revision>> HistoryAsync(string id, CancellationToken ct)
    {
        var published = await db.Set<PolicyDocument>().AsNoTracking()
            .Where(d => d.ContentItemId == id && d.PublishedUtc != null)
            .OrderBy(d => d.Number).Select(d => new { d.Number, d.PublishedUtc, d.MajorRevision, d.ChangeNote }).ToListAsync(ct);
        return published.Select((v, i) => (v, i))
            .Where(x => x.i == 0 || (x.v.MajorRevision && !string.IsNullOrWhiteSpace(x.v.ChangeNote)))
            .Select(x => new Revision(x.v.PublishedUtc!.Value, x.i == 0 ? null : x.v.ChangeNote, x.i == 0))
            .ToList();
    }

    /// <summary>A translation is stale when its source has published a newer version than the one it was made from.</summary>
    private async Task<bool> IsStaleAsync(PolicyDocument document, CancellationToken ct)
    {
        if (document.TranslatedFrom is null)
        {
            return false;
        }

        var sourceNumber = await db.Set<PolicyDocument>().AsNoTracking()
            .Where(d => d.ContentItemId == document.TranslatedFrom && d.Published).Select(d => (int?)d.Number).FirstOrDefaultAsync(ct);
        return sourceNumber > document.TranslatedFromNumber;
    }

    private static async Task<IReadOnlyList<PolicyLink>> LinksAsync(IQueryable<PolicyDocument> documents, CancellationToken ct) =>
        await documents.Select(d => new PolicyLink(d.Slug, d.DisplayText, d.WrittenOn, d.Validity, d.Type)).ToListAsync(ct);

    private static string LabelOf(string fileName) => Path.GetExtension(fileName).ToLowerInvariant() switch
    {
        ".pdf" => FileKind.Pdf.Label(),
        ".docx" => FileKind.Docx.Label(),
        _ => FileKind.Xlsx.Label(),
    };
}
