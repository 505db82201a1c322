namespace XinxingPortal.Abstractions.Workflow;

/// <summary>What someone does to an item in review. <see cref="WorkflowRules"/> says from which states each is allowed.</summary>
public enum WorkflowAction
{
    Submit,
    Approve,
    Return,
    Reject,

    /// <summary>Publish without review: for types that need none, and for the bureau's own recipes.</summary>
    Publish,
    Unpublish,
    Withdraw,
}
