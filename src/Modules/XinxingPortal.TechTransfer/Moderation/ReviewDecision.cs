using XinxingPortal.Abstractions.Workflow;

namespace XinxingPortal.TechTransfer.Moderation;

/// <summary>What a reviewer chose on the review form (the form's values are kept stable for bookmarks and tests).</summary>
internal enum ReviewDecision
{
    Approved,  // 通过
    Returned,  // 退回整改
    Rejected,  // 拒绝
}

internal static class ReviewDecisions
{
    public static WorkflowAction Action(this ReviewDecision decision) => decision switch
    {
        ReviewDecision.Approved => WorkflowAction.Approve,
        ReviewDecision.Returned => WorkflowAction.Return,
        _ => WorkflowAction.Reject,
    };
}
