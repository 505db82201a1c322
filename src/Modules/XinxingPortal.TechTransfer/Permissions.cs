using XinxingPortal.Abstractions.Security;

namespace XinxingPortal.TechTransfer;

internal sealed class Permissions : IPermissionProvider
{
    /// <summary>Verify organisations, moderate listings and applications, read every thread and the statistics.</summary>
    public const string Moderate = "TechTransfer.Moderate";

    /// <summary>Post 揭榜挂帅 challenges, shortlist and select applicants, publish the 公示.</summary>
    public const string ManageChallenges = "TechTransfer.ManageChallenges";

    public IEnumerable<Permission> GetPermissions() =>
    [
        new(Moderate, "Verify enterprises and institutes, moderate outcomes, demands and applications, read expressions of interest", TechTransferFeature.Id),
        new(ManageChallenges, "Post 揭榜挂帅 challenges, shortlist and select applicants, announce the winner", TechTransferFeature.Challenges),
    ];
}
