using Microsoft.EntityFrameworkCore;
using XinxingPortal.Abstractions.Auditing;
using XinxingPortal.Abstractions.Content;
using XinxingPortal.Abstractions.Data;
using XinxingPortal.Abstractions.Workflow;
using XinxingPortal.Policies.Data;

namespace XinxingPortal.Policies.Documents;

/// <summary>
/// 三审三校 in the policies admin: the kernel's workflow with four eyes, plus the rules only documents have
/// (a major revision needs a change note; validity changes keep the document online with a banner).
/// </summary>
internal sealed class PolicyWorkflow(IPortalDb db, IWorkflow workflow, IAuditLog audit)
{
    public async Task SubmitAsync(string id, string user, CancellationToken ct)
    {
        var latest = await RequireLatestAsync(id, ct);
        if (latest.MajorRevision && latest.Number > 1 && string.IsNullOrWhiteSpace(latest.ChangeNote))
        {
            throw new ContentOperationException("A major revision needs a change note.");
        }

        await workflow.RunAsync<PolicyDocument>(id, WorkflowAction.Submit, user, ct: ct);
    }

    public Task ApproveAsync(string id, string reviewer, CancellationToken ct) =>
        workflow.RunAsync<PolicyDocument>(id, WorkflowAction.Approve, reviewer, ct: ct);

    public Task ReturnAsync(string id, string reviewer, string comment, CancellationToken ct) =>
        workflow.RunAsync<PolicyDocument>(id, WorkflowAction.Return, reviewer, comment, ct);

    /// <summary>已修改 / 已废止 / 已失效: the document stays online with a banner, in every language. Staged; the action commits.</summary>
    public async Task ChangeValidityAsync(string id, Validity validity, DateOnly? changedOn, string? replacedBy, string user, CancellationToken ct)
    {
        var latest = await RequireLatestAsync(id, ct);
        if (validity != Validity.Valid && changedOn is null)
        {
            throw new ContentOperationException("Give the date from which the document is no longer valid.");
        }

        if (replacedBy is not null && !await db.Set<PolicyDocument>().AnyAsync(d => d.LocalizationSet == replacedBy && d.Published, ct))
        {
            throw new ContentOperationException("The replacing document must be a published document.");
        }

        foreach (var version in await db.Set<PolicyDocument>().Where(d => d.LocalizationSet == latest.LocalizationSet).ToListAsync(ct))
        {
            version.Validity = validity;
            version.ValidityChangedOn = validity == Validity.Valid ? null : changedOn;
            version.ReplacedBy = validity == Validity.Valid ? null : replacedBy;
        }

        audit.Record("policy.validity", $"PolicyDocument:{latest.ContentItemId}#{latest.Number} by {user}", $"{validity} {changedOn:yyyy-MM-dd} {replacedBy}");
    }

    private async Task<PolicyDocument> RequireLatestAsync(string id, CancellationToken ct) =>
        await db.Set<PolicyDocument>().AsNoTracking().FirstOrDefaultAsync(d => d.ContentItemId == id && d.Latest, ct)
        ?? throw new ContentOperationException("The content item does not exist.");
}
