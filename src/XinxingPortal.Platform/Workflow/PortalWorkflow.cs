using XinxingPortal.Abstractions.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using XinxingPortal.Abstractions.Auditing;
using XinxingPortal.Abstractions.Content;
using XinxingPortal.Abstractions.Workflow;
using XinxingPortal.Platform.Content;
using XinxingPortal.Platform.Data;

namespace XinxingPortal.Platform.Workflow;

/// <summary>
/// The one review workflow. The state is a concurrency token, so the save is an UPDATE … WHERE state = the state
/// this transition started from: of two reviewers acting at once, the second changes nothing and is told so.
/// </summary>
internal sealed class PortalWorkflow(PortalDbContext db, IServiceProvider services, IAuditLog audit, TimeProvider time) : IWorkflow
{
    public async Task<T> RunAsync<T>(string id, WorkflowAction action, string user, string? note = null, CancellationToken ct = default)
        where T : class, IReviewable
    {
        var type = services.GetRequiredService<IWorkflowType<T>>();
        note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (WorkflowRules.NeedsNote(action) && note is null)
        {
            throw new ContentOperationException(action == WorkflowAction.Return
                ? "Say what needs to change when returning an item." : "Give a reason.");
        }

        // A concurrent publish may take the same serial number (索引号) or slug, or deadlock with this one on PostgreSQL:
        // the transition is run again from the start.
        var attempts = db.Database.CurrentTransaction is null ? 20 : 1;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await RunOnceAsync(type, id, action, user, note, ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                db.ChangeTracker.Clear();
                throw new ContentOperationException("Someone else has already acted on this item. Reload it to see what they did.");
            }
            catch (Exception ex) when (attempt < attempts && (ex is DbUpdateException || DatabaseErrors.IsDeadlock(ex)))
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    private Task<T> RunOnceAsync<T>(IWorkflowType<T> type, string id, WorkflowAction action, string user, string? note, CancellationToken ct)
        where T : class, IReviewable => db.CommitAsync(async () =>
        {
            var item = await type.FindAsync(db, id, ct) ?? throw new ContentOperationException("The content item does not exist.");
            var from = item.ReviewState;
            Check(type, item, action, from, user);
            var to = WorkflowRules.To(action);
            item.ReviewState = to;
            item.ReviewComment = WorkflowRules.NeedsNote(action) ? note : null;
            if (action == WorkflowAction.Submit)
            {
                item.SubmittedBy = user;
            }

            Add(type.Name, id, action.ToString(), from, to, user, note);
            audit.Record($"{type.Name}.{action}", $"{type.Name}:{id}", note);
            await type.StageTransitionAsync(item, to, note, ct);

            var transition = new WorkflowTransition<T>(id, item, action, from, to, user, note);
            foreach (var handler in services.GetServices<IWorkflowHandler<T>>())
            {
                await handler.OnTransitionAsync(transition, ct);
            }

            await db.SaveChangesAsync(ct);
            return item;
        }, ct);

    public async Task StageSubmitAsync<T>(T item, string id, bool isNew, string user, CancellationToken ct = default)
        where T : class, IReviewable
    {
        var type = services.GetRequiredService<IWorkflowType<T>>();
        var from = isNew ? ReviewState.Draft : item.ReviewState;
        if (from == ReviewState.Rejected)
        {
            throw new ContentOperationException("The item is not in a state that allows this.");
        }

        item.ReviewState = ReviewState.InReview;
        item.ReviewComment = null;
        item.SubmittedBy = user;
        var action = isNew ? nameof(WorkflowAction.Submit) : "Resubmit";
        // The history row is the record: a poster's submission is not a staff action for the audit log.
        Add(type.Name, id, action, from, ReviewState.InReview, user, null);
        var transition = new WorkflowTransition<T>(id, item, WorkflowAction.Submit, from, ReviewState.InReview, user, null);
        foreach (var handler in services.GetServices<IWorkflowHandler<T>>())
        {
            await handler.OnTransitionAsync(transition, ct);
        }
    }

    public void Record(string typeName, string id, string action, string by, string? note = null) =>
        Add(typeName, id, action, null, null, by, note);

    public async Task<IReadOnlyList<WorkflowStep>> HistoryAsync(string typeName, string id, CancellationToken ct = default) =>
        await db.Set<WorkflowHistoryRecord>().AsNoTracking().Where(h => h.ContentType == typeName && h.ItemId == id)
            .OrderByDescending(h => h.Id)
            .Select(h => new WorkflowStep(h.Action, h.FromState, h.ToState, h.By, h.AtUtc, h.Note)).ToListAsync(ct);

    public async Task<ILookup<string, WorkflowStep>> HistoriesAsync(string typeName, IReadOnlyCollection<string> ids, CancellationToken ct = default) =>
        (await db.Set<WorkflowHistoryRecord>().AsNoTracking().Where(h => h.ContentType == typeName && ids.Contains(h.ItemId))
            .OrderBy(h => h.Id).ToListAsync(ct))
        .ToLookup(h => h.ItemId, h => new WorkflowStep(h.Action, h.FromState, h.ToState, h.By, h.AtUtc, h.Note));

    private static void Check<T>(IWorkflowType<T> type, T item, WorkflowAction action, ReviewState from, string user) where T : class, IReviewable
    {
        if (!WorkflowRules.Allows(action, from))
        {
            // A decision on an item no longer in review means another reviewer decided first.
            throw new ContentOperationException(action is WorkflowAction.Approve or WorkflowAction.Return or WorkflowAction.Reject
                ? "Someone else has already acted on this item. Reload it to see what they did."
                : "The item is not in a state that allows this.");
        }

        if (action == WorkflowAction.Approve && type.FourEyes &&
            (Same(type.AuthorOf(item), user) || Same(item.SubmittedBy, user)))
        {
            throw new ContentOperationException("An item must be approved by a reviewer who neither wrote nor submitted it.");
        }

        if (action == WorkflowAction.Publish && type.RequiresReview && user != WorkflowUsers.Recipe)
        {
            throw new ContentOperationException("This item must be reviewed before it is published.");
        }
    }

    private static bool Same(string? a, string? b) => a is not null && string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    private void Add(string typeName, string id, string action, ReviewState? from, ReviewState? to, string by, string? note) =>
        db.Set<WorkflowHistoryRecord>().Add(new WorkflowHistoryRecord
        {
            ContentType = typeName, ItemId = id, Action = action, FromState = from, ToState = to, By = by, Note = note,
            AtUtc = time.GetUtcNow().UtcDateTime,
        });
}
