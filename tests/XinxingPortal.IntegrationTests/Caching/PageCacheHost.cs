using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using XinxingPortal.Abstractions.Content;
using XinxingPortal.Abstractions.Workflow;
using XinxingPortal.IntegrationTests.Infrastructure;
using XinxingPortal.Platform.Changes;
using XinxingPortal.Platform.Data;
using XinxingPortal.Platform.Tenants;
using XinxingPortal.Policies.Data;
using XinxingPortal.Policies.Documents;

namespace XinxingPortal.IntegrationTests.Caching;

/// <summary>
/// Two web nodes over one set of tenant databases, each with the output cache on: "A" is read, "B" is where editors
/// publish, so A learns of B's changes only through the change feed, the way a second server would.
/// </summary>
public sealed class PageCacheHost : IAsyncLifetime
{
    public const string Password = "Cache-Test-Pass-2026";

    public PortalFactory Portal { get; } = new();

    public WebApplicationFactory<Program> A { get; private set; } = null!;
    public WebApplicationFactory<Program> B { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Portal.Settings["Portal:OutputCache:Enabled"] = "true";
        Portal.Settings["Portal:ChangeFeed:Round"] = "00:00:00.1";
        A = Portal.WithWebHostBuilder(b => b.UseSetting("Portal:Node", "node-a"));
        B = Portal.WithWebHostBuilder(b => b.UseSetting("Portal:Node", "node-b"));
        (await Anonymous(A).GetAsync("/")).EnsureSuccessStatusCode();
        await using (var scope = await ScopeAsync(A))
        {
            var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<XinxingPortal.Platform.Identity.PortalUser>>();
            var user = new XinxingPortal.Platform.Identity.PortalUser { UserName = "cache-editor", Email = "cache-editor@xinxing.example" };
            var created = await users.CreateAsync(user, Password);
            Assert.True(created.Succeeded, string.Join(" ", created.Errors.Select(e => e.Description)));
            Assert.True((await users.AddToRolesAsync(user, ["Administrator"])).Succeeded);
        }

        (await Anonymous(B).GetAsync("/")).EnsureSuccessStatusCode();
    }

    public static HttpClient Anonymous(WebApplicationFactory<Program> node) =>
        node.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

    public async Task<HttpClient> SignedInAsync(WebApplicationFactory<Program> node)
    {
        var client = node.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var response = await client.LoginAsync("", "cache-editor", Password);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    internal static async Task<AsyncServiceScope> ScopeAsync(WebApplicationFactory<Program> node)
    {
        var settings = node.Services.GetRequiredService<TenantSettingsStore>().Find("Default")!;
        return await node.Services.GetRequiredService<TenantScopeFactory>().CreateAsync(settings);
    }

    /// <summary>Creates and publishes a notice on node <paramref name="node"/>; returns the id of its Published change.</summary>
    internal static async Task<long> PublishNoticeAsync(WebApplicationFactory<Program> node, string slug, string title)
    {
        await using var scope = await ScopeAsync(node);
        var content = scope.ServiceProvider.GetRequiredService<IContentManager<PolicyDocument>>();
        var created = await content.CreateAsync(new PolicyDocument
        {
            Culture = "zh-CN", Slug = slug, DisplayText = title, Type = DocumentType.Notice, IssuingAgency = "科技局",
            WrittenOn = new DateOnly(2099, 1, 1), Body = "正文", BodyHtml = "<p>正文</p>",
        }, "cache-editor");
        await content.PublishAsync(created.ContentItemId, WorkflowUsers.Recipe);
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        return await db.Set<ChangeLogRecord>().Where(c => c.ItemId == created.ContentItemId).MaxAsync(c => c.Id);
    }

    /// <summary>Waits until node <paramref name="node"/>'s page-cache consumer has read the feed past <paramref name="changeId"/>.</summary>
    internal static async Task WaitForFeedAsync(WebApplicationFactory<Program> node, string nodeName, long changeId)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            await using (var scope = await ScopeAsync(node))
            {
                var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
                var position = await db.Set<ChangeFeedCursor>().Where(c => c.Consumer == "page-cache@" + nodeName)
                    .Select(c => (long?)c.Position).FirstOrDefaultAsync(timeout.Token);
                if (position >= changeId)
                {
                    return;
                }
            }

            await Task.Delay(20, timeout.Token);
        }
    }

    public Task DisposeAsync()
    {
        B?.Dispose();
        A?.Dispose();
        Portal.Dispose();
        return Task.CompletedTask;
    }
}
