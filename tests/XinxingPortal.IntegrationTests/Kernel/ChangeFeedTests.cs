using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using XinxingPortal.Abstractions.Changes;
using XinxingPortal.Abstractions.Content;
using XinxingPortal.Pages.Data;
using XinxingPortal.Platform.Auditing;
using XinxingPortal.Platform.Changes;
using XinxingPortal.Platform.Data;
using XinxingPortal.Platform.Workflow;

namespace XinxingPortal.IntegrationTests.Kernel;

public sealed class ChangeFeedTests(ChangeFeedHost host) : IClassFixture<ChangeFeedHost>
{
    private static Page NewPage(string slug) => new() { Culture = "zh-CN", Slug = slug, DisplayText = "变更 " + slug, Body = "正文", BodyHtml = "<p>正文</p>" };

    [Fact]
    public async Task A_publish_appears_once_in_the_change_feed()
    {
        var id = await CreateAsync("feed-once");
        await using (var scope = await host.ScopeAsync())
        {
            await scope.ServiceProvider.GetRequiredService<IContentManager<Page>>().PublishAsync(id, "editor");
        }

        var kinds = await FeedAsync(id);
        Assert.Equal([ContentChangeKind.Created, ContentChangeKind.Published], kinds);
    }

    [Fact]
    public async Task A_rolled_back_publish_leaves_neither_the_change_nor_its_feed_row()
    {
        var id = await CreateAsync("feed-rollback");
        await using (var scope = await host.ScopeAsync())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            await scope.ServiceProvider.GetRequiredService<IContentManager<Page>>().PublishAsync(id, "editor");
            await transaction.RollbackAsync();
        }

        Assert.Equal([ContentChangeKind.Created], await FeedAsync(id));
        await using var read = await host.ScopeAsync();
        Assert.Null(await read.ServiceProvider.GetRequiredService<IContentManager<Page>>().GetPublishedAsync(id));
    }

    [Fact]
    public async Task A_failure_after_publishing_is_staged_keeps_nothing_and_the_retry_publishes_once()
    {
        var id = await CreateAsync("feed-crash");
        host.Probe.PoisonedTransitions[id] = true;
        await using (var scope = await host.ScopeAsync())
        {
            await Assert.ThrowsAsync<IOException>(() => scope.ServiceProvider.GetRequiredService<IContentManager<Page>>().PublishAsync(id, "editor"));
        }

        await using (var scope = await host.ScopeAsync())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            Assert.False(await db.Set<Page>().AnyAsync(p => p.ContentItemId == id && p.Published));
            Assert.False(await db.Set<WorkflowHistoryRecord>().AnyAsync(h => h.ItemId == id));
            Assert.False(await db.Set<AuditEntry>().AnyAsync(a => a.Subject.Contains(id) && a.Action != "content.create" && a.Action != "feed.seen"));
            Assert.Equal([ContentChangeKind.Created], await FeedAsync(id));
        }

        host.Probe.PoisonedTransitions.TryRemove(id, out _);
        await using (var scope = await host.ScopeAsync())
        {
            await scope.ServiceProvider.GetRequiredService<IContentManager<Page>>().PublishAsync(id, "editor");
        }

        Assert.Equal([ContentChangeKind.Created, ContentChangeKind.Published], await FeedAsync(id));
    }

    [Fact]
    public async Task A_consumer_sees_each_committed_change_once()
    {
        var ids = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var id = await CreateAsync($"feed-seen-{i}");
            await using var scope = await host.ScopeAsync();
            await scope.ServiceProvider.GetRequiredService<IContentManager<Page>>().PublishAsync(id, "editor");
            ids.Add(id);
        }

        var seen = await SeenAsync(traces => ids.All(id => traces.Contains($"{id}:Published")));
        foreach (var id in ids)
        {
            Assert.Single(seen, $"{id}:Created");
            Assert.Single(seen, $"{id}:Published");
        }
    }

    [Fact]
    public async Task A_change_the_consumer_keeps_failing_on_is_set_aside_and_later_changes_still_flow()
    {
        var poisoned = Guid.NewGuid().ToString("N");
        host.Probe.PoisonedItems[poisoned] = true;
        await CreateAsync("feed-poison", poisoned);
        await using (var scope = await host.ScopeAsync())
        {
            await scope.ServiceProvider.GetRequiredService<IContentManager<Page>>().PublishAsync(poisoned, "editor");
        }

        var healthy = await CreateAsync("feed-after-poison");
        var seen = await SeenAsync(traces => traces.Contains($"{healthy}:Created"));

        Assert.DoesNotContain(seen, s => s.StartsWith(poisoned, StringComparison.Ordinal));
        await using var read = await host.ScopeAsync();
        var db = read.ServiceProvider.GetRequiredService<PortalDbContext>();
        var feedIds = await db.Set<ChangeLogRecord>().Where(c => c.ItemId == poisoned).Select(c => c.Id).ToListAsync();
        var parked = await db.Set<ParkedChange>().Where(p => p.Consumer == "test-tracer" && feedIds.Contains(p.ChangeId)).ToListAsync();
        Assert.Equal(2, parked.Count);
        Assert.All(parked, p => Assert.Contains("poisoned change", p.Error));
    }

    private async Task<string> CreateAsync(string slug, string? id = null)
    {
        await using var scope = await host.ScopeAsync();
        var page = NewPage(slug);
        page.ContentItemId = id ?? "";
        return (await scope.ServiceProvider.GetRequiredService<IContentManager<Page>>().CreateAsync(page, "editor")).ContentItemId;
    }

    private async Task<List<ContentChangeKind>> FeedAsync(string id)
    {
        await using var scope = await host.ScopeAsync();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<ChangeLogRecord>()
            .Where(c => c.ContentType == nameof(Page) && c.ItemId == id).OrderBy(c => c.Id).Select(c => c.Kind).ToListAsync();
    }

    /// <summary>The consumer's traces, once <paramref name="done"/> holds (the dispatcher runs in the background).</summary>
    private async Task<List<string>> SeenAsync(Func<List<string>, bool> done)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (true)
        {
            await using (var scope = await host.ScopeAsync())
            {
                var traces = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<AuditEntry>()
                    .Where(a => a.Action == "feed.seen").Select(a => a.Subject).ToListAsync(timeout.Token);
                if (done(traces))
                {
                    return traces;
                }
            }

            await Task.Delay(50, timeout.Token);
        }
    }
}
