using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using XinxingPortal.Abstractions.Content;
using XinxingPortal.IntegrationTests.Infrastructure;
using XinxingPortal.Pages.Data;
using XinxingPortal.Platform.Data;

namespace XinxingPortal.IntegrationTests;

public sealed class ContentKernelTests : IClassFixture<PortalFactory>
{
    private readonly PortalFactory factory;

    public ContentKernelTests(PortalFactory factory)
    {
        this.factory = factory;
        factory.WarmUpAsync("/kepu").GetAwaiter().GetResult();
    }

    private static Page NewPage(string slug) => new() { Culture = "zh-CN", Slug = slug, DisplayText = "标题 " + slug, Body = "正文", BodyHtml = "<p>正文</p>" };

    [Fact]
    public async Task A_page_goes_from_draft_to_published_to_new_draft_with_history()
    {
        await using var scope = await factory.TenantScopeAsync("kepu");
        var content = scope.ServiceProvider.GetRequiredService<IContentManager<Page>>();

        var created = await content.CreateAsync(NewPage("life"), "editor");
        Assert.Null(await content.GetPublishedAsync(created.ContentItemId));

        await content.PublishAsync(created.ContentItemId, "reviewer");
        var draft = await content.SaveDraftAsync(created.ContentItemId, p => p.DisplayText = "新标题", "editor", "更正标题");

        Assert.Equal(2, draft.Number);
        Assert.Equal("标题 life", (await content.GetPublishedAsync(created.ContentItemId))!.DisplayText);
        await content.PublishAsync(created.ContentItemId, "reviewer");
        var history = await content.GetHistoryAsync(created.ContentItemId);
        Assert.Equal([2, 1], history.Select(v => v.Number));
        Assert.Equal("更正标题", history[0].ChangeNote);
        Assert.True(history[0].Published && history[0].Latest);
        Assert.False(history[1].Published || history[1].Latest);
    }

    [Fact]
    public async Task Discarding_a_draft_returns_to_the_published_version()
    {
        await using var scope = await factory.TenantScopeAsync("kepu");
        var content = scope.ServiceProvider.GetRequiredService<IContentManager<Page>>();
        var page = await content.CreateAsync(NewPage("discard"), "editor");
        await content.PublishAsync(page.ContentItemId, "reviewer");
        await content.SaveDraftAsync(page.ContentItemId, p => p.Body = "草稿", "editor");

        await content.DiscardDraftAsync(page.ContentItemId);

        var latest = await content.GetLatestAsync(page.ContentItemId);
        Assert.Equal(1, latest!.Number);
        Assert.True(latest.Published);
        Assert.Single(await content.GetHistoryAsync(page.ContentItemId));
    }

    [Fact]
    public async Task Unpublishing_needs_a_reason_and_keeps_it()
    {
        await using var scope = await factory.TenantScopeAsync("kepu");
        var content = scope.ServiceProvider.GetRequiredService<IContentManager<Page>>();
        var page = await content.CreateAsync(NewPage("withdraw"), "editor");
        await content.PublishAsync(page.ContentItemId, "reviewer");

        await Assert.ThrowsAsync<ContentOperationException>(() => content.UnpublishAsync(page.ContentItemId, "  ", "reviewer"));
        await content.UnpublishAsync(page.ContentItemId, "内容已过时", "reviewer");

        Assert.Null(await content.GetPublishedAsync(page.ContentItemId));
        Assert.Equal("内容已过时", (await content.GetLatestAsync(page.ContentItemId))!.UnpublishReason);
    }

    [Fact]
    public async Task A_translation_joins_the_localization_set_once_per_culture()
    {
        await using var scope = await factory.TenantScopeAsync("kepu");
        var content = scope.ServiceProvider.GetRequiredService<IContentManager<Page>>();
        var page = await content.CreateAsync(NewPage("translate"), "editor");

        var uyghur = await content.CreateTranslationAsync(page.ContentItemId, "ug", "translator");

        Assert.NotEqual(page.ContentItemId, uyghur.ContentItemId);
        Assert.Equal(page.LocalizationSet, uyghur.LocalizationSet);
        Assert.Equal(["ug", "zh-CN"], (await content.GetLocalizationsAsync(page.LocalizationSet)).Select(p => p.Culture));
        await Assert.ThrowsAsync<ContentOperationException>(() => content.CreateTranslationAsync(page.ContentItemId, "ug", "translator"));
    }

    [Fact]
    public async Task The_database_refuses_a_second_latest_version()
    {
        await using var scope = await factory.TenantScopeAsync("kepu");
        var content = scope.ServiceProvider.GetRequiredService<IContentManager<Page>>();
        var page = await content.CreateAsync(NewPage("unique"), "editor");
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();

        var rogue = NewPage("unique-2");
        rogue.ContentItemId = page.ContentItemId;
        rogue.ContentItemVersionId = Guid.NewGuid().ToString("N");
        rogue.LocalizationSet = page.LocalizationSet;
        rogue.Latest = true;
        db.Add(rogue);

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task Publishing_writes_the_audit_log()
    {
        await using var scope = await factory.TenantScopeAsync("kepu");
        var content = scope.ServiceProvider.GetRequiredService<IContentManager<Page>>();
        var page = await content.CreateAsync(NewPage("audit"), "editor");
        await content.PublishAsync(page.ContentItemId, "reviewer");

        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        Assert.True(await db.Set<XinxingPortal.Platform.Auditing.AuditEntry>().AnyAsync(a => a.Action == "content.publish" && a.Subject.Contains(page.ContentItemId)));
    }
}
