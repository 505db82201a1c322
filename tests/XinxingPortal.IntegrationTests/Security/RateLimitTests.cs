using System.Net;
using XinxingPortal.IntegrationTests.Infrastructure;

namespace XinxingPortal.IntegrationTests.Security;

/// <summary>
/// Finding 6: one counter per address was shared by every public form of every tenant, and a refusal had no
/// Retry-After and a page titled "系统出现错误".
/// </summary>
public sealed class RateLimitTests : IDisposable
{
    private readonly PortalFactory factory = new();

    public RateLimitTests() => factory.Settings["Portal:RateLimits:PublicFormsPerMinute"] = "2";

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task Each_form_of_each_tenant_has_its_own_quota_and_a_refusal_says_when_to_return()
    {
        await factory.WarmUpAsync();
        await factory.WarmUpAsync("/kepu");
        var client = factory.Browser();
        var empty = new FormUrlEncodedContent([]);

        for (var i = 0; i < 2; i++)
        {
            Assert.NotEqual(HttpStatusCode.TooManyRequests, (await client.PostAsync("/kepu/events/any/register", empty)).StatusCode);
        }

        var refused = await client.PostAsync("/kepu/events/other/register", empty);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.InRange(refused.Headers.RetryAfter!.Delta!.Value, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1));
        var page = await refused.Content.ReadAsStringAsync();
        Assert.Contains("请求过于频繁", page, StringComparison.Ordinal);
        Assert.DoesNotContain("系统出现错误", page, StringComparison.Ordinal);

        // Another form, and the same form in another language of the same tenant, are counted apart / together as they should be.
        Assert.NotEqual(HttpStatusCode.TooManyRequests, (await client.PostAsync("/techtransfer/join", empty)).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.PostAsync("/kepu/ug/events/any/register", empty)).StatusCode);
    }
}
