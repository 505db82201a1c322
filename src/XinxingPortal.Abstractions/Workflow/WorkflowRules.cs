namespace XinxingPortal.Abstractions.Workflow;

/// <summary>The one state machine: which states an action may start from, where it leads, and whether it needs a note.</summary>
public static class WorkflowRules
{
    private static readonly ReviewState[] Editable = [ReviewState.Draft, ReviewState.Returned, ReviewState.Unpublished, ReviewState.Withdrawn];

    public static IReadOnlyList<ReviewState> From(WorkflowAction action) => action switch
    {
        WorkflowAction.Submit => Editable,
        WorkflowAction.Approve or WorkflowAction.Return or WorkflowAction.Reject => [ReviewState.InReview],
        WorkflowAction.Publish => [.. Editable, ReviewState.InReview],
        WorkflowAction.Unpublish => [ReviewState.Published],
        WorkflowAction.Withdraw => [ReviewState.InReview, ReviewState.Returned, ReviewState.Published],
        _ => [],
    };

    public static ReviewState To(WorkflowAction action) => action switch
    {
        WorkflowAction.Submit => ReviewState.InReview,
        WorkflowAction.Approve or WorkflowAction.Publish => ReviewState.Published,
        WorkflowAction.Return => ReviewState.Returned,
        WorkflowAction.Reject => ReviewState.Rejected,
        WorkflowAction.Unpublish => ReviewState.Unpublished,
        _ => ReviewState.Withdrawn,
    };

    /// <summary>Returning, rejecting, unpublishing and withdrawing tell the other side why.</summary>
    public static bool NeedsNote(WorkflowAction action) =>
        action is WorkflowAction.Return or WorkflowAction.Reject or WorkflowAction.Unpublish or WorkflowAction.Withdraw;

    public static bool Allows(WorkflowAction action, ReviewState state) => From(action).Contains(state);
}
