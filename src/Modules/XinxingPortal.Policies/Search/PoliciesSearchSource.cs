using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using XinxingPortal.Abstractions.Data;
using XinxingPortal.Abstractions.Files;
using XinxingPortal.Abstractions.Search;
using XinxingPortal.Policies.Data;
using XinxingPortal.Policies.Documents;

namespace XinxingPortal.Policies.Search;

/// <summary>
/// The published version of a policy, notice or interpretation for site search, with its 发文字号, 主题分类, 有效性 and
/// the text of its Word and Excel attachments.
/// </summary>
internal sealed class PoliciesSearchSource(IPortalDb db, IDocumentText documents, IStringLocalizer<PoliciesSearchSource> t) : ISearchSource
{
    public string FeatureId => PoliciesFeature.Id;

    public IReadOnlyCollection<string> ContentTypes { get; } = [nameof(PolicyDocument)];

    public async Task<SearchDocument?> GetAsync(string contentType, string itemId, string culture, CancellationToken ct) =>
        await db.Set<PolicyDocument>().AsNoTracking().FirstOrDefaultAsync(d => d.Published && d.ContentItemId == itemId && d.Culture == culture, ct)
            is { } document ? await MapAsync(document, ct) : null;

    public async IAsyncEnumerable<SearchDocument> AllAsync(string culture, [EnumeratorCancellation] CancellationToken ct)
    {
        var published = await db.Set<PolicyDocument>().AsNoTracking().Where(d => d.Published && d.Culture == culture).ToListAsync(ct);
        foreach (var document in published)
        {
            yield return await MapAsync(document, ct);
        }
    }

    private async Task<SearchDocument> MapAsync(PolicyDocument d, CancellationToken ct)
    {
        var topic = d.TopicCode is null ? null : await db.Set<Topic>().AsNoTracking().FirstOrDefaultAsync(x => x.Code == d.TopicCode, ct);
        var attachments = await db.Set<Attachment>().AsNoTracking().Where(a => a.ContentItemId == d.ContentItemId)
            .Select(a => new { a.FileName, a.Data }).ToListAsync(ct);
        var attachmentText = string.Join("\n", attachments.Select(a => a.FileName + "\n" + documents.Extract(a.FileName, a.Data)));
        var facets = new Dictionary<string, string> { [SearchFacets.Validity] = t[DocumentTypeNames.Of(d.Validity)] };
        if (topic is not null)
        {
            facets[SearchFacets.Topic] = topic.NameFor(d.Culture);
        }

        return new SearchDocument
        {
            ContentType = nameof(PolicyDocument),
            ItemId = d.ContentItemId,
            Culture = d.Culture,
            Title = d.DisplayText,
            Body = string.Join("\n", d.IssuingAgency, d.Keywords, XinxingPortal.Abstractions.Content.HtmlText.Plain(d.BodyHtml), attachmentText),
            Column = t[DocumentTypeNames.Plural(d.Type)],
            TypeName = t[DocumentTypeNames.Singular(d.Type)],
            Date = d.WrittenOn,
            Url = "/policies/" + d.Slug,
            DocumentNumber = d.DocumentNumber,
            Notice = d.Validity == Validity.Valid ? null : t[DocumentTypeNames.Of(d.Validity)].Value,
            Facets = facets,
        };
    }
}
