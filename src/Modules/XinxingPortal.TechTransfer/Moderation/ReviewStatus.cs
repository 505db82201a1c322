namespace XinxingPortal.TechTransfer.Moderation;

/// <summary>Where a listing or application stands: only Approved ones are public.</summary>
internal enum ReviewStatus
{
    Pending,   // 待审核
    Approved,  // 通过
    Returned,  // 退回整改: the poster edits and resubmits
    Rejected,  // 拒绝: final
}
