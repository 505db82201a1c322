using System.Net;
using Microsoft.Extensions.DependencyInjection;
using XinxingPortal.Abstractions.Jobs;
using XinxingPortal.IntegrationTests.Infrastructure;

namespace XinxingPortal.IntegrationTests.Kernel;

/// <summary>One machine (no <c>Portal:Redis</c>): the health answers and the in-process job lock.</summary>
public sealed class HealthAndJobLockTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Live_and_ready_answer_on_any_host_before_any_tenant_and_name_each_check()
    {
        await factory.WarmUpAsync("/kepu");
        using var client = factory.Browser();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        var ready = await client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        var body = await ready.Content.ReadAsStringAsync();
        Assert.Contains("\"tenant:kepu\":\"ok\"", body);
        Assert.DoesNotContain("redis", body);
        Assert.Equal("no-store", ready.Headers.CacheControl?.ToString());

        using var foreign = new HttpRequestMessage(HttpMethod.Get, "/health/ready") { Headers = { Host = "evil.example" } };
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(foreign)).StatusCode);
        using var page = new HttpRequestMessage(HttpMethod.Get, "/") { Headers = { Host = "evil.example" } };
        Assert.True((int)(await client.SendAsync(page)).StatusCode < 500);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/health/other")).StatusCode);
    }

    [Fact]
    public async Task A_job_lock_is_held_once_until_it_is_released()
    {
        var locks = factory.Services.GetRequiredService<IJobLock>();
        var name = "test:" + Guid.NewGuid().ToString("n");
        var first = await locks.TryAcquireAsync(name, TimeSpan.Zero);
        Assert.NotNull(first);
        Assert.Null(await locks.TryAcquireAsync(name, TimeSpan.FromMilliseconds(50)));
        await using (var other = await locks.TryAcquireAsync("other:" + name, TimeSpan.Zero))
        {
            Assert.NotNull(other);
        }

        var waiting = locks.TryAcquireAsync(name, TimeSpan.FromSeconds(30));
        await first.DisposeAsync();
        await using var second = await waiting;
        Assert.NotNull(second);
    }
}
