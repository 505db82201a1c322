using XinxingPortal.Abstractions.Workflow;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using XinxingPortal.Abstractions.Content;
using XinxingPortal.IntegrationTests.Infrastructure;
using XinxingPortal.Policies.Data;
using XinxingPortal.Policies.Documents;
using XinxingPortal.Platform.Auditing;
using XinxingPortal.Platform.Data;

namespace XinxingPortal.IntegrationTests.Policies;

public sealed class WorkflowTests(PolicyFixture fixture) : IClassFixture<PolicyFixture>
{
    [Fact]
    public async Task A_notice_goes_from_draft_to_review_to_publication_by_two_people()
    {
        var writer = await fixture.AsAsync("writer");
        var edit = await PolicyForms.CreateAsync(writer, PolicyForms.Notice("review-flow", "关于开展科技活动周的通知"));
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.Factory.Browser().GetAsync("/policies/review-flow")).StatusCode);

        await PolicyForms.ActAsync(writer, edit, "submit");
        var ownApproval = await PolicyForms.ActAsync(writer, edit, "approve");
        Assert.Contains("alert-danger", await PolicyForms.MessageAfterAsync(writer, ownApproval));
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.Factory.Browser().GetAsync("/policies/review-flow")).StatusCode);

        var checker = await fixture.AsAsync("checker");
        await PolicyForms.ActAsync(checker, edit, "approve");

        var page = await fixture.Factory.Browser().GetStringAsync("/policies/review-flow");
        Assert.Matches(@"11659004MB1911842X/\d{4}-\d{5}", page);
        Assert.Contains("href=\"/policies/review-flow\"", await fixture.Factory.Browser().GetStringAsync("/policies?type=notice"));
        Assert.Contains("/policies/review-flow", await fixture.Factory.Browser().GetStringAsync("/policies/feed/notice.atom"));
        Assert.Contains("/policies/review-flow</loc>", await fixture.Factory.Browser().GetStringAsync("/sitemap.xml"));

        await using var scope = await fixture.Factory.TenantScopeAsync("Default");
        var actions = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<AuditEntry>()
            .Where(a => a.Subject.Contains(edit.Substring(edit.LastIndexOf('/') + 1))).Select(a => a.Action).ToListAsync();
        Assert.Contains("PolicyDocument.Submit", actions);
        Assert.Contains("PolicyDocument.Approve", actions);
    }

    [Fact]
    public async Task A_returned_document_carries_the_comment_and_can_be_resubmitted()
    {
        var writer = await fixture.AsAsync("writer");
        var edit = await PolicyForms.CreateAsync(writer, PolicyForms.Notice("returned", "待退回的通知"));
        await PolicyForms.ActAsync(writer, edit, "submit");

        var checker = await fixture.AsAsync("checker");
        var empty = await PolicyForms.ActAsync(checker, edit, "return", ("comment", " "));
        Assert.Contains("alert-danger", await PolicyForms.MessageAfterAsync(checker, empty));
        await PolicyForms.ActAsync(checker, edit, "return", ("comment", "请补充联系电话"));

        Assert.Contains("请补充联系电话", await writer.GetStringAsync(edit));
        await PolicyForms.ActAsync(writer, edit, "submit");
        await PolicyForms.ActAsync(checker, edit, "approve");
        Assert.Equal(HttpStatusCode.OK, (await fixture.Factory.Browser().GetAsync("/policies/returned")).StatusCode);
    }

    [Fact]
    public async Task Two_reviewers_approving_at_once_publish_once()
    {
        var writer = await fixture.AsAsync("writer");
        var edit = await PolicyForms.CreateAsync(writer, PolicyForms.Notice("race", "并发审核"));
        await PolicyForms.ActAsync(writer, edit, "submit");
        var id = edit[(edit.LastIndexOf('/') + 1)..];

        var outcomes = await Task.WhenAll(new[] { "checker", "checker2" }.Select(async reviewer =>
        {
            await using var scope = await fixture.Factory.TenantScopeAsync("Default");
            try
            {
                await scope.ServiceProvider.GetRequiredService<PolicyWorkflow>().ApproveAsync(id, reviewer, CancellationToken.None);
                return true;
            }
            catch (ContentOperationException)
            {
                return false;
            }
        }));

        Assert.Single(outcomes, o => o);
        await using var check = await fixture.Factory.TenantScopeAsync("Default");
        var db = check.ServiceProvider.GetRequiredService<PortalDbContext>();
        Assert.Single(await db.Set<PolicyDocument>().Where(d => d.ContentItemId == id && d.Published).ToListAsync());
        Assert.Single(await db.Set<AuditEntry>().Where(a => a.Action == "PolicyDocument.Approve" && a.Subject.Contains(id)).ToListAsync());
    }

    [Fact]
    public async Task Concurrent_publishes_never_share_an_index_number()
    {
        var ids = new List<string>();
        await using (var scope = await fixture.Factory.TenantScopeAsync("Default"))
        {
            var content = scope.ServiceProvider.GetRequiredService<IContentManager<PolicyDocument>>();
            for (var i = 0; i < 12; i++)
            {
                var d = await content.CreateAsync(new PolicyDocument
                {
                    Culture = "zh-CN", Slug = $"burst-{i}", DisplayText = $"并发发布 {i}", Type = DocumentType.Notice,
                    IssuingAgency = "科技局", WrittenOn = new DateOnly(2026, 11, 1), Body = "正文", BodyHtml = "<p>正文</p>",
                }, "writer");
                ids.Add(d.ContentItemId);
            }
        }

        await Task.WhenAll(ids.Select(async id =>
        {
            await using var scope = await fixture.Factory.TenantScopeAsync("Default");
            await scope.ServiceProvider.GetRequiredService<IContentManager<PolicyDocument>>().PublishAsync(id, WorkflowUsers.Recipe);
        }));

        await using var read = await fixture.Factory.TenantScopeAsync("Default");
        var sets = read.ServiceProvider.GetRequiredService<PortalDbContext>().Set<PolicyDocument>().Where(d => ids.Contains(d.ContentItemId)).Select(d => d.LocalizationSet);
        var numbers = await read.ServiceProvider.GetRequiredService<PortalDbContext>().Set<IndexNumberRecord>()
            .Where(n => sets.Contains(n.LocalizationSet)).Select(n => n.IndexNumber).ToListAsync();
        Assert.Equal(12, numbers.Count);
        Assert.Equal(12, numbers.Distinct().Count());
    }

    [Fact]
    public async Task An_index_number_never_changes_across_revisions()
    {
        var writer = await fixture.AsAsync("writer");
        var checker = await fixture.AsAsync("checker");
        var edit = await PolicyForms.CreateAsync(writer, PolicyForms.Notice("stable-index", "索引号不变"));
        await PolicyForms.ActAsync(writer, edit, "submit");
        await PolicyForms.ActAsync(checker, edit, "approve");
        var first = System.Text.RegularExpressions.Regex.Match(await fixture.Factory.Browser().GetStringAsync("/policies/stable-index"), @"11659004MB1911842X/\d{4}-\d{5}").Value;

        var fields = PolicyForms.Notice("stable-index", "索引号不变（修订）").Append(("MajorRevision", "true")).Append(("ChangeNote", "修订了报送时间")).ToArray();
        await writer.PostFormAsync(edit, edit, fields);
        await PolicyForms.ActAsync(writer, edit, "submit");
        await PolicyForms.ActAsync(checker, edit, "approve");

        var page = await fixture.Factory.Browser().GetStringAsync("/policies/stable-index");
        Assert.Contains(first, page);
        Assert.Contains("索引号不变（修订）", page);
        Assert.Contains("首次发布", page);
        Assert.Contains("修订了报送时间", page);
    }

    [Fact]
    public async Task A_minor_correction_needs_no_note_and_is_not_listed()
    {
        var writer = await fixture.AsAsync("writer");
        var checker = await fixture.AsAsync("checker");
        var edit = await PolicyForms.CreateAsync(writer, PolicyForms.Notice("minor", "小改动"));
        await PolicyForms.ActAsync(writer, edit, "submit");
        await PolicyForms.ActAsync(checker, edit, "approve");

        await writer.PostFormAsync(edit, edit, PolicyForms.Notice("minor", "小改动", "## 通知\n\n请各单位按时报送（更正错字）。"));
        await PolicyForms.ActAsync(writer, edit, "submit");
        await PolicyForms.ActAsync(checker, edit, "approve");

        var page = await fixture.Factory.Browser().GetStringAsync("/policies/minor");
        Assert.Contains("更正错字", page);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(page, "<time datetime=\"[0-9-]+\">[0-9-]+</time></bdi> (首次发布|修订)"));
    }

    [Fact]
    public async Task A_translation_is_flagged_stale_once_its_original_publishes_a_new_version()
    {
        var writer = await fixture.AsAsync("writer");
        var checker = await fixture.AsAsync("checker");
        var edit = await PolicyForms.CreateAsync(writer, PolicyForms.Notice("stale-source", "原文"));
        await PolicyForms.ActAsync(writer, edit, "submit");
        await PolicyForms.ActAsync(checker, edit, "approve");
        var translated = await PolicyForms.ActAsync(writer, edit, "translate", ("culture", "en"));
        var enEdit = translated.Headers.Location!.OriginalString;
        var enFields = PolicyForms.Notice("stale-source", "Original").Select(f => f.Item1 == "Culture" ? ("Culture", "en") : f).ToArray();
        await writer.PostFormAsync(enEdit, enEdit, enFields);
        await PolicyForms.ActAsync(writer, enEdit, "submit");
        await PolicyForms.ActAsync(checker, enEdit, "approve");
        Assert.DoesNotContain("alert-info", await fixture.Factory.Browser().GetStringAsync("/en/policies/stale-source"));

        var revised = PolicyForms.Notice("stale-source", "原文（修订）").Append(("MajorRevision", "true")).Append(("ChangeNote", "调整时间")).ToArray();
        await writer.PostFormAsync(edit, edit, revised);
        await PolicyForms.ActAsync(writer, edit, "submit");
        await PolicyForms.ActAsync(checker, edit, "approve");

        Assert.Contains("alert-info", await fixture.Factory.Browser().GetStringAsync("/en/policies/stale-source"));
        Assert.Contains("badge text-bg-info", await writer.GetStringAsync("/admin/policies"));
    }
}
