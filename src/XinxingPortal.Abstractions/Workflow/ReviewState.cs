namespace XinxingPortal.Abstractions.Workflow;

/// <summary>
/// Where a reviewed or published item stands, the same for every module (三审三校 for documents, 待审核 → 通过 for
/// market listings). Stored by name. Only <see cref="Published"/> items are public.
/// </summary>
public enum ReviewState
{
    Draft,
    InReview,    // 待审核
    Returned,    // 退回整改: the author edits and submits again
    Published,   // 通过 / 已发布
    Rejected,    // 拒绝: final
    Unpublished, // taken offline by a reviewer, with a reason
    Withdrawn,   // taken back by its author, with a reason
}
