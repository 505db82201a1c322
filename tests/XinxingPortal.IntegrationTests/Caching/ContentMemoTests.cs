using Microsoft.Extensions.DependencyInjection;
using XinxingPortal.Abstractions.Changes;
using XinxingPortal.IntegrationTests.Infrastructure;

namespace XinxingPortal.IntegrationTests.Caching;

/// <summary>
/// A burst of requests for a figure nobody has computed since the last change computes it once; a request that goes
/// away while computing leaves nothing behind and the others still get their figure.
/// </summary>
public sealed class ContentMemoTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Twenty_requests_at_once_compute_a_figure_once()
    {
        await factory.WarmUpAsync();
        var computed = 0;
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var asked = new CountdownEvent(20);
        var key = "test:burst:" + Guid.NewGuid().ToString("N");

        var requests = Enumerable.Range(0, 20).Select(_ => InScopeAsync(async memo =>
        {
            // The memo runs up to its first wait before it hands back a task: once all twenty have been handed one, each
            // has either started the computation or joined it, while the first is still held at the gate.
            var answer = memo.GetOrComputeAsync(key, async _ =>
            {
                Interlocked.Increment(ref computed);
                await gate.Task;
                return "42";
            }, CancellationToken.None);
            asked.Signal();
            return await answer;
        })).ToList();
        Assert.True(await Task.Run(() => asked.Wait(TimeSpan.FromSeconds(30))), "not every request reached the memo");
        gate.SetResult();
        var answers = await Task.WhenAll(requests);

        Assert.Equal(1, computed);
        Assert.All(answers, a => Assert.Equal("42", a));
    }

    [Fact]
    public async Task A_request_that_goes_away_while_computing_does_not_fail_the_others_or_leave_a_cancelled_figure()
    {
        await factory.WarmUpAsync();
        var key = "test:cancel:" + Guid.NewGuid().ToString("N");
        using var leaving = new CancellationTokenSource();
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var first = InScopeAsync(memo => memo.GetOrComputeAsync(key, async c =>
        {
            started.SetResult();
            await Task.Delay(Timeout.Infinite, c);
            return "never";
        }, leaving.Token));
        await started.Task;
        var second = InScopeAsync(memo => memo.GetOrComputeAsync(key, _ => Task.FromResult("second"), CancellationToken.None));
        await leaving.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first);
        Assert.Equal("second", await second);
        Assert.Equal("second", await InScopeAsync(memo => memo.GetOrComputeAsync(key, _ => Task.FromResult("third"), CancellationToken.None)));
    }

    private async Task<string> InScopeAsync(Func<IContentMemo, Task<string>> use)
    {
        await using var scope = await factory.TenantScopeAsync("Default");
        return await use(scope.ServiceProvider.GetRequiredService<IContentMemo>());
    }
}
