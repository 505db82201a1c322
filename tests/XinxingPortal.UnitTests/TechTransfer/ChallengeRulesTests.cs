using XinxingPortal.TechTransfer;
using XinxingPortal.TechTransfer.Listings;
using System.Globalization;
using XinxingPortal.TechTransfer.Challenges;
using XinxingPortal.TechTransfer.Data;

namespace XinxingPortal.UnitTests.TechTransfer;

public sealed class ChallengeRulesTests
{
    /// <summary>A clock stopped at one instant.</summary>
    private sealed class StoppedClock(string utc) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => DateTimeOffset.Parse(utc, CultureInfo.InvariantCulture);
    }

    private static Challenge DueOn(string day) => new() { Deadline = DateOnly.Parse(day, CultureInfo.InvariantCulture) };

    [Theory]
    [InlineData("2026-03-01T15:59:59Z", true)]   // 23:59:59 in Beijing on the deadline day
    [InlineData("2026-03-01T16:00:00Z", false)]  // midnight in Beijing: the next day
    [InlineData("2026-02-28T17:00:00Z", true)]   // 01:00 on the deadline day in Beijing, still the 28th in UTC
    public void Applications_are_taken_through_the_end_of_the_deadline_day_in_Beijing(string now, bool open)
    {
        var clock = new StoppedClock(now);
        Assert.Equal(open, DueOn("2026-03-01").TakesApplications(clock));
        Assert.Equal(open ? ChallengePhase.Open : ChallengePhase.Closed, DueOn("2026-03-01").PhaseOf(clock));
    }

    [Fact]
    public void An_announced_challenge_is_open_to_objections_through_the_last_day_then_over()
    {
        var c = DueOn("2026-03-01");
        c.AnnouncedUtc = new DateTime(2026, 3, 5, 2, 0, 0, DateTimeKind.Utc);
        c.ObjectionsUntil = new DateOnly(2026, 3, 12);

        Assert.Equal(ChallengePhase.Announced, c.PhaseOf(new StoppedClock("2026-03-12T15:59:59Z")));
        Assert.Equal(ChallengePhase.AnnouncementEnded, c.PhaseOf(new StoppedClock("2026-03-12T16:00:00Z")));
        Assert.False(c.TakesApplications(new StoppedClock("2026-02-01T00:00:00Z")));
    }

    [Theory]
    [InlineData("<b>粗体</b>", true)]
    [InlineData("</p>", true)]
    [InlineData("<!-- 注释 -->", true)]
    [InlineData("<?xml version=\"1.0\"?>", true)]
    [InlineData("成本 < 100万元，效率>98%", false)]
    [InlineData("1<2 且 a <= b", false)]
    [InlineData("", false)]
    public void Markup_is_recognised_but_a_less_than_sign_in_prose_is_not(string text, bool html) =>
        Assert.Equal(html, PlainTextAttribute.ContainsMarkup(text));

    [Theory]
    [InlineData(5_000_000L, "500")]
    [InlineData(125_000L, "12.5")]
    [InlineData(0L, "0")]
    public void Funding_is_shown_in_ten_thousand_yuan(long yuan, string wan)
    {
        Assert.Equal(wan, Money.Wan(yuan));
        Assert.Equal(yuan, Money.ToYuan(Money.ToWan(yuan)));
    }
}
