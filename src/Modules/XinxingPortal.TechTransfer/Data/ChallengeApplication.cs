namespace XinxingPortal.TechTransfer.Data;

/// <summary>揭榜申请: a team's application to a challenge, moderated like a listing, then shortlisted and selected.</summary>
internal sealed class ChallengeApplication : Listing
{
    public string ChallengeId { get; set; } = "";
    public string TeamName { get; set; } = "";
    public string Leader { get; set; } = "";
    public string Plan { get; set; } = "";
    public bool Shortlisted { get; set; }
    public bool Selected { get; set; }
}
