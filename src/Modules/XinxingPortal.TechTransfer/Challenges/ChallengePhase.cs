using XinxingPortal.Abstractions.Time;
using XinxingPortal.TechTransfer.Data;

namespace XinxingPortal.TechTransfer.Challenges;

/// <summary>Where a challenge stands for the public: 揭榜中, 已截止, 公示中, 公示结束. Computed, never stored.</summary>
internal enum ChallengePhase
{
    Open,
    Closed,
    Announced,
    AnnouncementEnded,
}

internal static class ChallengePhases
{
    /// <summary>Applications are taken through the end of the deadline day, Beijing time.</summary>
    public static bool TakesApplications(this Challenge c, TimeProvider time) =>
        c.AnnouncedUtc is null && time.BeijingToday() <= c.Deadline;

    public static ChallengePhase PhaseOf(this Challenge c, TimeProvider time)
    {
        var today = time.BeijingToday();
        if (c.AnnouncedUtc is not null)
        {
            return today <= c.ObjectionsUntil ? ChallengePhase.Announced : ChallengePhase.AnnouncementEnded;
        }

        return today <= c.Deadline ? ChallengePhase.Open : ChallengePhase.Closed;
    }

    /// <summary>The phase's name as an English msgid.</summary>
    public static string Name(ChallengePhase phase) => phase switch
    {
        ChallengePhase.Open => "Open for applications",
        ChallengePhase.Closed => "Closed",
        ChallengePhase.Announced => "Winner announced, open to objections",
        _ => "Announcement period over",
    };
}
