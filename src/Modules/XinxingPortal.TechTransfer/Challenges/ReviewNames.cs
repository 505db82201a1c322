using XinxingPortal.TechTransfer.Moderation;

namespace XinxingPortal.TechTransfer.Challenges;

/// <summary>Names, as English msgids, for where an application stands and for each step of its history.</summary>
internal static class ReviewNames
{
    public static string Status(ReviewStatus status) => status switch
    {
        ReviewStatus.Pending => "Waiting for review",
        ReviewStatus.Approved => "Approved",
        ReviewStatus.Returned => "Returned for changes",
        _ => "Rejected",
    };

    public static string Step(string action) => action switch
    {
        "Submitted" => "Submitted",
        "Resubmitted" => "Resubmitted after changes",
        "Approved" => "Approved",
        "Returned" => "Returned for changes",
        "Rejected" => "Rejected",
        "Shortlisted" => "Shortlisted",
        "RemovedFromShortlist" => "Taken off the shortlist",
        "Selected" => "Selected as the winner",
        _ => action,
    };
}
