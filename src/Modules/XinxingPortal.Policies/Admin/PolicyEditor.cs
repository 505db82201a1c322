using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using XinxingPortal.Abstractions.Data;
using XinxingPortal.Abstractions.Localization;
using XinxingPortal.Policies.Data;
using XinxingPortal.Policies.Documents;

namespace XinxingPortal.Policies.Admin;

/// <summary>The editor's rules beyond single fields, each reported on its own field in the user's language.</summary>
internal sealed class PolicyEditor(IPortalDb db, ICultureLinks links, IStringLocalizer<PolicyEditor> t)
{
    public async Task ValidateAsync(PolicyInput input, PolicyDocument? existing, ModelStateDictionary state, CancellationToken ct)
    {
        if (!links.SiteCultures.Contains(input.Culture))
        {
            state.AddModelError(nameof(input.Culture), t["This site does not use that language."]);
        }

        if (!string.IsNullOrWhiteSpace(input.DocumentNumber) && !DocumentNumber.IsValid(input.DocumentNumber.Trim()))
        {
            state.AddModelError(nameof(input.DocumentNumber), t["A document number looks like 师市办发〔2022〕12号, with 〔〕 around the year."]);
        }

        if (input.Type == DocumentType.Interpretation &&
            (string.IsNullOrEmpty(input.Interprets) || !await db.Set<PolicyDocument>().AnyAsync(d => d.LocalizationSet == input.Interprets && d.Type == DocumentType.Policy, ct)))
        {
            state.AddModelError(nameof(input.Interprets), t["An interpretation must name the policy it explains."]);
        }

        if (input.TopicCode is { Length: > 0 } topic && !await db.Set<Topic>().AnyAsync(x => x.Code == topic, ct))
        {
            state.AddModelError(nameof(input.TopicCode), t["Choose a topic from the list."]);
        }

        if (input.MajorRevision && existing?.PublishedUtc is not null && string.IsNullOrWhiteSpace(input.ChangeNote))
        {
            state.AddModelError(nameof(input.ChangeNote), t["A major revision needs a change note."]);
        }

        var id = existing?.ContentItemId;
        if (await db.Set<PolicyDocument>().AnyAsync(d => d.Latest && d.Culture == input.Culture && d.Slug == input.Slug && d.ContentItemId != id, ct))
        {
            state.AddModelError(nameof(input.Slug), t["Another document in this language already uses this address."]);
        }
    }
}
