namespace XinxingPortal.Abstractions.Workflow;

/// <summary>The msgid each history step is shown by; a module's own milestone is recorded under its msgid.</summary>
public static class WorkflowLabels
{
    public static string Of(string action) => action switch
    {
        nameof(WorkflowAction.Submit) => "Submitted",
        "Resubmit" => "Resubmitted after changes",
        nameof(WorkflowAction.Approve) => "Approved",
        nameof(WorkflowAction.Return) => "Returned for changes",
        nameof(WorkflowAction.Reject) => "Rejected",
        nameof(WorkflowAction.Publish) => "Published",
        nameof(WorkflowAction.Unpublish) => "Unpublished",
        nameof(WorkflowAction.Withdraw) => "Withdrawn",
        _ => action,
    };

    public static string Of(ReviewState state) => state switch
    {
        ReviewState.Draft => "Draft",
        ReviewState.InReview => "Waiting for review",
        ReviewState.Returned => "Returned for changes",
        ReviewState.Published => "Published",
        ReviewState.Rejected => "Rejected",
        ReviewState.Unpublished => "Unpublished",
        _ => "Withdrawn",
    };
}
