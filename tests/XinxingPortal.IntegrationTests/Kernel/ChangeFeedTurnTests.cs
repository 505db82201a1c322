using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using XinxingPortal.Abstractions.Content;
using XinxingPortal.Pages.Data;
using XinxingPortal.Platform.Changes;
using XinxingPortal.Platform.Data;
using XinxingPortal.Platform.Tenants;

namespace XinxingPortal.IntegrationTests.Kernel;

/// <summary>
/// A consumer catching up on a long history (a new node's search index) takes turns with the others, so the page
/// cache of that node still hears of a fresh change at once (a CI run once waited 30 s behind such a catch-up).
/// </summary>
public sealed class ChangeFeedTurnTests(ChangeFeedHost host) : IClassFixture<ChangeFeedHost>
{
    private const string Cursor = "test-reader@turn-test";

    [Fact]
    public async Task A_consumer_far_behind_stops_after_a_turn_and_reaches_the_end_over_several()
    {
        await PublishPagesAsync(120); // more than one turn's batch of 100
        var dispatcher = host.Host.Services.GetServices<IHostedService>().OfType<ChangeFeedDispatcher>().Single();
        var tenant = host.Host.Services.GetRequiredService<TenantSettingsStore>().Find("Default")!;

        Assert.True(await dispatcher.DrainAsync(tenant, "test-reader", Cursor, default));
        var (position, last, handled) = await PositionAsync();
        Assert.InRange(handled, 1, 100);
        Assert.True(position < last);

        var turns = 1;
        while (await dispatcher.DrainAsync(tenant, "test-reader", Cursor, default))
        {
            turns++;
        }

        (position, last, _) = await PositionAsync();
        Assert.Equal(last, position);
        Assert.True(turns >= 2, $"{turns} turns");
    }

    private async Task PublishPagesAsync(int count)
    {
        await using var scope = await host.ScopeAsync();
        var content = scope.ServiceProvider.GetRequiredService<IContentManager<Page>>();
        for (var i = 0; i < count; i++)
        {
            var page = await content.CreateAsync(new Page { Culture = "zh-CN", Slug = $"turn-{i}", DisplayText = "轮次 " + i, Body = "正文", BodyHtml = "<p>正文</p>" }, "editor");
            await content.PublishAsync(page.ContentItemId, "editor");
        }
    }

    private async Task<(long Position, long Last, int Handled)> PositionAsync()
    {
        await using var scope = await host.ScopeAsync();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var position = await db.Set<ChangeFeedCursor>().Where(c => c.Consumer == Cursor).Select(c => c.Position).SingleAsync();
        var last = await db.Set<ChangeLogRecord>().MaxAsync(c => c.Id);
        var handled = await db.Set<ChangeLogRecord>().CountAsync(c => c.Id <= position);
        return (position, last, handled);
    }
}
