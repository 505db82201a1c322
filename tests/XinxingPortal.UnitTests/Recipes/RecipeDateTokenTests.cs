using Microsoft.Extensions.Configuration;
using XinxingPortal.Abstractions.Recipes;
using XinxingPortal.Platform.Recipes;
using XinxingPortal.Platform.Tenants;

namespace XinxingPortal.UnitTests.Recipes;

/// <summary>[date:+N]: seed dates relative to the day the recipe runs, on the Beijing calendar.</summary>
public sealed class RecipeDateTokenTests
{
    /// <summary>A clock stopped at an instant.</summary>
    private sealed class StoppedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    private static RecipeTokens At(DateTimeOffset now) =>
        new(new PortalPaths(Path.GetTempPath(), Path.GetTempPath()), new ConfigurationBuilder().Build(), new StoppedClock(now));

    [Theory]
    [InlineData("[date:0]T10:00", "2026-12-03T10:00")]
    [InlineData("[date:+6]T15:00", "2026-12-09T15:00")]
    [InlineData("[date:-3]", "2026-11-30")]
    [InlineData("[date:+30]", "2027-01-02")]
    public void A_date_is_counted_from_today_in_Beijing(string text, string expected) =>
        // 2026-12-02 17:00 UTC is already 01:00 on the 3rd in Beijing.
        Assert.Equal(expected, At(new DateTimeOffset(2026, 12, 2, 17, 0, 0, TimeSpan.Zero)).Expand(text, new Dictionary<string, string>(), "seed", 2, "$.steps[2].start"));

    [Theory]
    [InlineData("[date:soon]")]
    [InlineData("[date:]")]
    [InlineData("[date]")]
    [InlineData("[date:+1.5]")]
    [InlineData("[date:+99999]")]
    public void A_bad_offset_fails_with_the_step_and_path(string text)
    {
        var ex = Assert.Throws<RecipeException>(() =>
            At(DateTimeOffset.UnixEpoch).Expand(text, new Dictionary<string, string>(), "seed", 2, "$.steps[2].start"));
        Assert.Equal(2, ex.StepIndex);
        Assert.Equal("$.steps[2].start", ex.JsonPath);
        Assert.Contains("whole number of days", ex.Reason, StringComparison.Ordinal);
    }
}
