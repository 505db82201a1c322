using XinxingPortal.Abstractions.Content;
using XinxingPortal.Abstractions.Recipes;
using XinxingPortal.Abstractions.Settings;
using XinxingPortal.Pages.Data;

namespace XinxingPortal.Pages.Recipes;

/// <summary>Upserts pages by content item id; an unchanged page is left untouched, so a second run writes nothing.</summary>
internal sealed class PagesStep(IContentManager<Page> content, IMarkdownRenderer markdown, ISiteSettingsStore settings) : IRecipeStepHandler
{
    private const string RecipeUser = "recipe";

    public string StepName => "pages";
    public string FeatureId => PagesFeature.Id;

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var model = context.Read<Model>();
        var cultures = (await settings.GetAsync(cancellationToken)).Cultures;
        for (var i = 0; i < model.Pages.Count; i++)
        {
            var entry = model.Pages[i];
            context.CheckCulture($".pages[{i}].culture", entry.Culture, cultures);
            context.CheckSlug($".pages[{i}].slug", entry.Slug);

            await UpsertAsync(entry, cancellationToken);
        }
    }

    private async Task UpsertAsync(Entry entry, CancellationToken ct)
    {
        var html = markdown.ToSafeHtml(entry.Body);
        var existing = await content.GetLatestAsync(entry.ContentItemId, ct);
        if (existing is null)
        {
            await content.CreateAsync(new Page
            {
                ContentItemId = entry.ContentItemId,
                LocalizationSet = entry.LocalizationSet ?? entry.ContentItemId,
                Culture = entry.Culture,
                Slug = entry.Slug,
                DisplayText = entry.Title,
                Body = entry.Body,
                BodyHtml = html,
            }, RecipeUser, ct);
        }
        else if (existing.Slug != entry.Slug || existing.DisplayText != entry.Title || existing.Body != entry.Body)
        {
            await content.SaveDraftAsync(entry.ContentItemId, p =>
            {
                p.Slug = entry.Slug;
                p.DisplayText = entry.Title;
                p.Body = entry.Body;
                p.BodyHtml = html;
            }, RecipeUser, entry.ChangeNote, ct);
        }

        var published = await content.GetPublishedAsync(entry.ContentItemId, ct);
        var latest = await content.GetLatestAsync(entry.ContentItemId, ct);
        if (entry.Published != false && latest is { Published: false })
        {
            await content.PublishAsync(entry.ContentItemId, RecipeUser, ct);
        }
        else if (entry.Published == false && published is not null)
        {
            await content.UnpublishAsync(entry.ContentItemId, "Unpublished by recipe", RecipeUser, ct);
        }
    }

    private sealed record Entry(
        string ContentItemId,
        string Culture,
        string Slug,
        string Title,
        string Body,
        string? LocalizationSet = null,
        bool? Published = null,
        string? ChangeNote = null);

    private sealed record Model(IReadOnlyList<Entry> Pages);
}
