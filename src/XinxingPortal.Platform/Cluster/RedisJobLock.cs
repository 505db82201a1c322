using StackExchange.Redis;
using XinxingPortal.Abstractions.Jobs;

namespace XinxingPortal.Platform.Cluster;

/// <summary>
/// The job lock across nodes: a Redis key set only if absent, with this holder's token and a short lifetime that the
/// holder keeps extending. A killed node stops extending, so its locks lapse within <see cref="Lifetime"/>.
/// </summary>
internal sealed class RedisJobLock(IConnectionMultiplexer redis) : IJobLock
{
    internal static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(50);

    public async Task<IAsyncDisposable?> TryAcquireAsync(string name, TimeSpan wait, CancellationToken ct = default)
    {
        // Strings, converted at each call: a Redis struct kept in a field (and an async method's locals become fields)
        // makes the runtime load StackExchange.Redis whenever this assembly's types are listed, even without Redis.
        var key = "xp:lock:" + name;
        var token = Guid.NewGuid().ToString("n");
        var db = redis.GetDatabase();
        // Elapsed time, not the wall clock: a clock step on the node must not stretch or cut the wait.
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        while (!await db.LockTakeAsync(key, token, Lifetime))
        {
            if (System.Diagnostics.Stopwatch.GetElapsedTime(started) >= wait)
            {
                return null;
            }

            await Task.Delay(Poll, ct);
        }

        return new Held(db, key, token);
    }

    private sealed class Held : IAsyncDisposable
    {
        private readonly IDatabase db;
        private readonly string key;
        private readonly string token;
        private readonly Timer renewal;

        public Held(IDatabase db, string key, string token)
        {
            this.db = db;
            this.key = key;
            this.token = token;
            var every = Lifetime / 3;
            renewal = new Timer(_ => _ = db.LockExtendAsync(key, token, Lifetime, CommandFlags.FireAndForget), null, every, every);
        }

        public async ValueTask DisposeAsync()
        {
            await renewal.DisposeAsync();
            await db.LockReleaseAsync(key, token);
        }
    }
}
