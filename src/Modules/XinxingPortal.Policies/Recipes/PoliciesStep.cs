using Microsoft.EntityFrameworkCore;
using XinxingPortal.Abstractions.Content;
using XinxingPortal.Abstractions.Data;
using XinxingPortal.Abstractions.Recipes;
using XinxingPortal.Abstractions.Settings;
using XinxingPortal.Abstractions.Workflow;
using XinxingPortal.Policies.Data;
using XinxingPortal.Policies.Documents;

namespace XinxingPortal.Policies.Recipes;

/// <summary>
/// Upserts policy documents by content item id. A document whose fields all match is left alone, so a
/// second run writes nothing; seed content is the bureau's own and is published without review.
/// </summary>
internal sealed class PoliciesStep(
    IContentManager<PolicyDocument> content, IndexNumberIssuer indexNumbers, IMarkdownRenderer markdown, IPortalDb db, ISiteSettingsStore settings)
    : IRecipeStepHandler
{

    public string StepName => "policies";
    public string FeatureId => PoliciesFeature.Id;

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var model = context.Read<Model>();
        var cultures = (await settings.GetAsync(cancellationToken)).Cultures;
        for (var i = 0; i < model.Documents.Count; i++)
        {
            var entry = model.Documents[i];
            var wanted = await PolicyEntryReader.ReadAsync(entry, cultures, db, m => context.Error($".documents[{i}]{m.Path}", m.Reason), cancellationToken);
            wanted.BodyHtml = markdown.ToSafeHtml(wanted.Body);
            await UpsertAsync(entry.ContentItemId, wanted, cancellationToken);
            if (entry.Published != false && await content.GetLatestAsync(entry.ContentItemId, cancellationToken) is { Published: false })
            {
                // The bureau's own seed may carry the 索引号 a document already has; the workflow keeps a staged one.
                var latest = await content.GetLatestAsync(entry.ContentItemId, cancellationToken);
                await indexNumbers.StageAsync(latest!.LocalizationSet, entry.IndexNumber, entry.PublishedOn, cancellationToken);
                await content.PublishAsync(entry.ContentItemId, WorkflowUsers.Recipe, cancellationToken);
            }

            // The document is saved (inside the recipe's transaction): forget it, or every later save and look-up walks
            // all the documents before it and an import of N costs N².
            if (!db.ChangeTracker.HasChanges())
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    private async Task UpsertAsync(string id, PolicyDocument wanted, CancellationToken ct)
    {
        wanted.ContentItemId = id;
        if (await content.GetLatestAsync(id, ct) is null)
        {
            await SetTranslationSourceAsync(wanted, ct);
        }

        // Publishing waits for the step: a document's 索引号 is staged first.
        await content.UpsertAsync(wanted, PolicyFields.Same, PolicyFields.Copy, publish: null, wanted.ChangeNote, ct);
    }

    /// <summary>A translation remembers the version of the Chinese original it was made from, to tell when it is stale.</summary>
    private async Task SetTranslationSourceAsync(PolicyDocument document, CancellationToken ct)
    {
        var source = await db.Set<PolicyDocument>().AsNoTracking()
            .Where(d => d.LocalizationSet == document.LocalizationSet && d.Latest && d.Culture == "zh-CN" && d.Culture != document.Culture)
            .Select(d => new { d.ContentItemId, d.Number })
            .FirstOrDefaultAsync(ct);
        document.TranslatedFrom = source?.ContentItemId;
        document.TranslatedFromNumber = source?.Number;
    }

    private sealed record Model(IReadOnlyList<PolicyEntry> Documents);
}
