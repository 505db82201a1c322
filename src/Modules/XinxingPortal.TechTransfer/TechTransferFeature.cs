namespace XinxingPortal.TechTransfer;

/// <summary>
/// The market's features. The base (the module id) is the organisations register every other feature builds on:
/// joining, verification, the workspace, the front page and the dashboard. A recipe switches the rest on one by one.
/// </summary>
internal static class TechTransferFeature
{
    public const string Id = "XinxingPortal.TechTransfer";

    /// <summary>Research outcomes and technology demands: posting, review, public lists, feeds, sitemap.</summary>
    public const string Listings = "XinxingPortal.TechTransfer.Listings";

    /// <summary>揭榜挂帅: challenges, applications, shortlist and the winner's 公示.</summary>
    public const string Challenges = "XinxingPortal.TechTransfer.Challenges";

    /// <summary>意向洽谈: expressions of interest on a listing and the threads that follow.</summary>
    public const string Threads = "XinxingPortal.TechTransfer.Threads";

    /// <summary>Ranking outcomes for a demand, and mail to the demand's poster when a new one matches.</summary>
    public const string Matching = "XinxingPortal.TechTransfer.Matching";
}
