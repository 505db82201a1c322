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

    /// <summary>
    /// Stages the submission of an item the caller has just created (<paramref name="isNew"/>) or edited, for types
    /// without versions (the market's listings): an edit takes even a public or waiting item back to review, because
    /// the public sees only what a reviewer passed. Checked, recorded, audited and handled as a transition; the
    /// caller's action commits it with the edit, the state being the concurrency token. Versioned content submits with
    /// <see cref="RunAsync{T}"/> instead.
    /// </summary>
    Task StageSubmitAsync<T>(T item, string id, bool isNew, string user, CancellationToken ct = default)
        where T : class, IReviewable;

    /// <summary>Stages a module's own milestone (shortlisted, selected) in the item's history; the caller commits.</summary>
    void Record(string typeName, string id, string action, string by, string? note = null);

    /// <summary>Every step of an item's history, newest first.</summary>
    Task<IReadOnlyList<WorkflowStep>> HistoryAsync(string typeName, string id, CancellationToken ct = default);

    /// <summary>The histories of several items of one type, oldest step first, keyed by item id.</summary>
    Task<ILookup<string, WorkflowStep>> HistoriesAsync(string typeName, IReadOnlyCollection<string> ids, CancellationToken ct = default);
}
