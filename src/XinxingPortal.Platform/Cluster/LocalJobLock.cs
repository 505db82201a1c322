using System.Collections.Concurrent;
using XinxingPortal.Abstractions.Jobs;

namespace XinxingPortal.Platform.Cluster;

/// <summary>The job lock of a single node: one semaphore per name, in this process.</summary>
internal sealed class LocalJobLock : IJobLock
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> gates = new(StringComparer.OrdinalIgnoreCase);

    public async Task<IAsyncDisposable?> TryAcquireAsync(string name, TimeSpan wait, CancellationToken ct = default)
    {
        var gate = gates.GetOrAdd(name, _ => new SemaphoreSlim(1, 1));
        return await gate.WaitAsync(wait, ct) ? new Held(gate) : null;
    }

    private sealed class Held(SemaphoreSlim gate) : IAsyncDisposable
    {
        private int released;

        public ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
            {
                gate.Release();
            }

            return ValueTask.CompletedTask;
        }
    }
}
