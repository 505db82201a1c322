namespace XinxingPortal.Abstractions.Workflow;

/// <summary>
/// Runs a transition as one action: checks the state machine and the four-eyes rule, updates the state on the
/// condition that nobody changed it meanwhile, lets the type's handlers stage their changes, writes history, audit
/// and the change feed, and commits once (or joins the caller's transaction, as a recipe's). Refusals are
/// <see cref="Content.ContentOperationException"/>s whose message is a msgid.
/// </summary>
public interface IWorkflow
{
    Task<T> RunAsync<T>(string id, WorkflowAction action, string user, string? note = null, CancellationToken ct = default)
        where T : class, IReviewable;

    /// <summary>Stages a module's own milestone (shortlisted, selected) in the item's history; the caller commits.</summary>
    void Record(string typeName, string id, string action, string by, string? note = null);

    /// <summary>Every step of an item's history, newest first.</summary>
    Task<IReadOnlyList<WorkflowStep>> HistoryAsync(string typeName, string id, CancellationToken ct = default);

    /// <summary>The histories of several items of one type, oldest step first, keyed by item id.</summary>
    Task<ILookup<string, WorkflowStep>> HistoriesAsync(string typeName, IReadOnlyCollection<string> ids, CancellationToken ct = default);
}
