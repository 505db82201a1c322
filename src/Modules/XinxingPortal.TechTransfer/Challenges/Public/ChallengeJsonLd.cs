using XinxingPortal.Abstractions.Time;

namespace XinxingPortal.TechTransfer.Challenges.Public;

/// <summary>
/// A challenge as a schema.org <c>MonetaryGrant</c>: the funder is the 发榜单位 and the amount the 榜额; while it
/// takes applications, an <c>ApplyAction</c> points at the form and carries the deadline (end of day, Beijing).
/// </summary>
internal static class ChallengeJsonLd
{
    public static Dictionary<string, object?> Of(ChallengePage page)
    {
        var c = page.Challenge;
        var data = new Dictionary<string, object?>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "MonetaryGrant",
            ["identifier"] = c.Id,
            ["name"] = c.Title,
            ["description"] = c.Goal,
            ["url"] = page.Url,
            ["funder"] = new Dictionary<string, object?> { ["@type"] = "Organization", ["name"] = c.Issuer },
            ["amount"] = new Dictionary<string, object?> { ["@type"] = "MonetaryAmount", ["currency"] = "CNY", ["value"] = c.FundingYuan },
        };

        if (page.Phase == ChallengePhase.Open)
        {
            data["potentialAction"] = new Dictionary<string, object?>
            {
                ["@type"] = "ApplyAction",
                ["target"] = page.Url + "/apply",
                ["endTime"] = BeijingTime.IsoEndOf(c.Deadline),
            };
        }

        return data;
    }
}
