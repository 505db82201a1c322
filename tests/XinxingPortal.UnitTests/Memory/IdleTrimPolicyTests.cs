using XinxingPortal.Platform.Memory;

namespace XinxingPortal.UnitTests.Memory;

public sealed class IdleTrimPolicyTests
{
    private const long MB = 1024 * 1024;

    // A policy with small thresholds: quiet below 4 MB a round, worth a trim after 100 MB of work.
    private static IdleTrimPolicy Policy() => new(quietBytes: 4 * MB, workBytes: 100 * MB);

    [Fact]
    public void The_first_reading_only_sets_the_baseline()
    {
        Assert.False(Policy().ShouldTrim(500 * MB));
    }

    [Fact]
    public void A_quiet_round_after_a_burst_trims_once()
    {
        var policy = Policy();
        policy.ShouldTrim(0);
        Assert.False(policy.ShouldTrim(150 * MB)); // the burst: busy
        Assert.True(policy.ShouldTrim(151 * MB));  // quiet now
        Assert.False(policy.ShouldTrim(152 * MB)); // still quiet, nothing new to give back
        Assert.False(policy.ShouldTrim(153 * MB));
    }

    [Fact]
    public void A_busy_site_is_never_trimmed()
    {
        var policy = Policy();
        for (long allocated = 0; allocated < 2000 * MB; allocated += 50 * MB)
        {
            Assert.False(policy.ShouldTrim(allocated));
        }
    }

    [Fact]
    public void Quiet_rounds_without_enough_work_since_the_last_trim_do_not_trim()
    {
        var policy = Policy();
        policy.ShouldTrim(0);
        policy.ShouldTrim(120 * MB);
        Assert.True(policy.ShouldTrim(121 * MB));
        Assert.False(policy.ShouldTrim(180 * MB)); // 59 MB of work: busy
        Assert.False(policy.ShouldTrim(181 * MB)); // quiet, but only 60 MB since the trim
        Assert.False(policy.ShouldTrim(240 * MB));
        Assert.True(policy.ShouldTrim(242 * MB));  // quiet, 121 MB since the trim
    }

    [Fact]
    public void What_the_start_up_allocated_counts_as_work()
    {
        var policy = Policy();
        policy.ShouldTrim(300 * MB);
        Assert.True(policy.ShouldTrim(301 * MB));
    }
}
