using Microsoft.EntityFrameworkCore;
using XinxingPortal.Abstractions.Auditing;
using XinxingPortal.Abstractions.Content;
using XinxingPortal.Abstractions.Data;
using XinxingPortal.Policies.Data;

namespace XinxingPortal.Policies.Documents;

/// <summary>
/// 三审三校 on top of the content kernel. Each transition is a conditional update of the review state, so two
/// reviewers acting at once change it once; the loser is told the document has moved on.
/// </summary>
internal sealed class PolicyWorkflow(IPortalDb db, IContentManager<PolicyDocument> content, IndexNumberIssuer indexNumbers, IAuditLog audit)
{
    public async Task SubmitAsync(string id, string user, CancellationToken ct)
    {
        var latest = await RequireLatestAsync(id, ct);
        if (latest.MajorRevision && latest.Number > 1 && string.IsNullOrWhiteSpace(latest.ChangeNote))
        {
            throw new ContentOperationException("A major revision needs a change note.");
        }

        await TransitionAsync(id, [ReviewState.Draft, ReviewState.Returned], ReviewState.InReview, null, user, ct);
        await SetAsync(id, d => d.SubmittedBy, user, ct);
        await AuditAsync("policy.submit", latest, user, null, ct);
    }

    /// <summary>Approves and publishes. The reviewer may be neither the author nor the one who submitted.</summary>
    public async Task ApproveAsync(string id, string reviewer, CancellationToken ct)
    {
        var latest = await RequireLatestAsync(id, ct);
        if (string.Equals(latest.Author, reviewer, StringComparison.OrdinalIgnoreCase) ||
            string.Equals(latest.SubmittedBy, reviewer, StringComparison.OrdinalIgnoreCase))
        {
            throw new ContentOperationException("A document must be approved by a reviewer who is not its author.");
        }

        await TransitionAsync(id, [ReviewState.InReview], ReviewState.Published, null, reviewer, ct);
        await PublishAsync(id, reviewer, given: null, publishedOn: null, ct);
        await AuditAsync("policy.approve", latest, reviewer, null, ct);
    }

    public async Task ReturnAsync(string id, string reviewer, string comment, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(comment))
        {
            throw new ContentOperationException("Say what needs to change when returning a document.");
        }

        var latest = await RequireLatestAsync(id, ct);
        await TransitionAsync(id, [ReviewState.InReview], ReviewState.Returned, comment.Trim(), reviewer, ct);
        await AuditAsync("policy.return", latest, reviewer, comment, ct);
    }

    /// <summary>Publishes without review: used by recipes, which are the bureau's own seed content.</summary>
    public async Task PublishAsync(string id, string user, string? given, DateOnly? publishedOn, CancellationToken ct)
    {
        var latest = await RequireLatestAsync(id, ct);
        await indexNumbers.EnsureAsync(latest.LocalizationSet, given, publishedOn, ct);
        await SetAsync(id, d => d.ReviewState, ReviewState.Published, ct);
        await content.PublishAsync(id, user, ct);
    }

    /// <summary>已修改 / 已废止 / 已失效: the document stays online with a banner, in every language.</summary>
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

        await db.Set<PolicyDocument>().Where(d => d.LocalizationSet == latest.LocalizationSet).ExecuteUpdateAsync(s => s
            .SetProperty(d => d.Validity, validity)
            .SetProperty(d => d.ValidityChangedOn, validity == Validity.Valid ? null : changedOn)
            .SetProperty(d => d.ReplacedBy, validity == Validity.Valid ? null : replacedBy), ct);
        await AuditAsync("policy.validity", latest, user, $"{validity} {changedOn:yyyy-MM-dd} {replacedBy}", ct);
    }

    private async Task TransitionAsync(string id, ReviewState[] from, ReviewState to, string? comment, string user, CancellationToken ct)
    {
        var changed = await db.Set<PolicyDocument>()
            .Where(d => d.ContentItemId == id && d.Latest && from.Contains(d.ReviewState))
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.ReviewState, to).SetProperty(d => d.ReviewComment, comment), ct);
        if (changed == 0)
        {
            throw new ContentOperationException("The document is not in a state that allows this; someone may have acted on it already.");
        }
    }

    private async Task SetAsync<T>(string id, System.Linq.Expressions.Expression<Func<PolicyDocument, T>> property, T value, CancellationToken ct)
    {
        await db.Set<PolicyDocument>().Where(d => d.ContentItemId == id && d.Latest).ExecuteUpdateAsync(s => s.SetProperty(property, value), ct);
        foreach (var entry in db.Set<PolicyDocument>().Local.Where(d => d.ContentItemId == id).ToList())
        {
            db.Set<PolicyDocument>().Entry(entry).State = EntityState.Detached;
        }
    }

    private async Task<PolicyDocument> RequireLatestAsync(string id, CancellationToken ct) =>
        await db.Set<PolicyDocument>().AsNoTracking().FirstOrDefaultAsync(d => d.ContentItemId == id && d.Latest, ct)
        ?? throw new ContentOperationException("The content item does not exist.");

    private Task<int> AuditAsync(string action, PolicyDocument document, string user, string? detail, CancellationToken ct)
    {
        audit.Record(action, $"PolicyDocument:{document.ContentItemId}#{document.Number} by {user}", detail);
        return db.SaveChangesAsync(ct);
    }
}
