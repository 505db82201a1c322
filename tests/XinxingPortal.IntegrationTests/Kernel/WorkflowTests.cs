using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using XinxingPortal.Abstractions.Content;
using XinxingPortal.Abstractions.Workflow;
using XinxingPortal.IntegrationTests.Infrastructure;
using XinxingPortal.Pages.Data;
using XinxingPortal.Platform.Data;
using XinxingPortal.Platform.Workflow;
using XinxingPortal.TechTransfer.Data;

namespace XinxingPortal.IntegrationTests.Kernel;

public sealed class WorkflowTests : IClassFixture<PortalFactory>
{
    private readonly PortalFactory factory;

    public WorkflowTests(PortalFactory factory)
    {
        this.factory = factory;
        factory.WarmUpAsync().GetAwaiter().GetResult();
    }

    [Fact]
    public async Task A_transition_the_state_does_not_allow_is_refused_and_changes_nothing()
    {
        var id = await NewPageAsync("wf-draft");
        await using var scope = await factory.TenantScopeAsync("Default");
        var workflow = scope.ServiceProvider.GetRequiredService<IWorkflow>();

        var refused = await Assert.ThrowsAsync<ContentOperationException>(() => workflow.RunAsync<Page>(id, WorkflowAction.Approve, "reviewer"));

        Assert.Equal("Someone else has already acted on this item. Reload it to see what they did.", refused.Message);
        await using var read = await factory.TenantScopeAsync("Default");
        var db = read.ServiceProvider.GetRequiredService<PortalDbContext>();
        Assert.Equal(ReviewState.Draft, (await db.Set<Page>().SingleAsync(p => p.ContentItemId == id)).ReviewState);
        Assert.False(await db.Set<WorkflowHistoryRecord>().AnyAsync(h => h.ItemId == id));
    }

    [Fact]
    public async Task Returning_without_a_comment_is_refused()
    {
        var id = await NewPageAsync("wf-return");
        await using var scope = await factory.TenantScopeAsync("Default");
        var workflow = scope.ServiceProvider.GetRequiredService<IWorkflow>();
        await workflow.RunAsync<Page>(id, WorkflowAction.Submit, "editor");

        var refused = await Assert.ThrowsAsync<ContentOperationException>(() => workflow.RunAsync<Page>(id, WorkflowAction.Return, "reviewer", "  "));

        Assert.Equal("Say what needs to change when returning an item.", refused.Message);
    }

    [Fact]
    public async Task A_market_listing_is_never_approved_by_whoever_submitted_it_and_of_two_reviewers_one_decides()
    {
        var id = "o-" + Guid.NewGuid().ToString("N")[..10];
        await using (var seed = await factory.TenantScopeAsync("Default"))
        {
            // An organisation that no longer exists: the decision mails nobody, so it can run outside a request.
            var db = seed.ServiceProvider.GetRequiredService<PortalDbContext>();
            db.Set<Outcome>().Add(new Outcome
            {
                Id = id, OrganisationId = "gone", Status = ReviewState.InReview, SubmittedBy = "poster", Title = "四眼原则 " + id,
                Summary = "测试", Holder = "测试单位", Trl = 5,
            });
            await db.SaveChangesAsync();
        }

        await using (var own = await factory.TenantScopeAsync("Default"))
        {
            var refused = await Assert.ThrowsAsync<ContentOperationException>(() =>
                own.ServiceProvider.GetRequiredService<IWorkflow>().RunAsync<Outcome>(id, WorkflowAction.Approve, "POSTER"));
            Assert.Equal("An item must be approved by a reviewer who neither wrote nor submitted it.", refused.Message);
        }

        var decisions = await Task.WhenAll(new[] { ("checker", WorkflowAction.Return), ("checker2", WorkflowAction.Reject) }.Select(async d =>
        {
            await using var scope = await factory.TenantScopeAsync("Default");
            try
            {
                await scope.ServiceProvider.GetRequiredService<IWorkflow>().RunAsync<Outcome>(id, d.Item2, d.Item1, "理由");
                return true;
            }
            catch (ContentOperationException)
            {
                return false;
            }
        }));

        Assert.Single(decisions, decided => decided);
        await using var read = await factory.TenantScopeAsync("Default");
        var steps = await read.ServiceProvider.GetRequiredService<IWorkflow>().HistoryAsync(nameof(Outcome), id);
        Assert.Single(steps);
    }

    private async Task<string> NewPageAsync(string slug)
    {
        await using var scope = await factory.TenantScopeAsync("Default");
        var page = new Page { Culture = "zh-CN", Slug = slug + "-" + Guid.NewGuid().ToString("N")[..6], DisplayText = slug, Body = "正文", BodyHtml = "<p>正文</p>" };
        return (await scope.ServiceProvider.GetRequiredService<IContentManager<Page>>().CreateAsync(page, "editor")).ContentItemId;
    }
}
