using StackExchange.Redis;
using XinxingPortal.Platform.Account;

namespace XinxingPortal.Platform.Cluster;

/// <summary>
/// The sign-in throttle's failures across nodes: one sorted set per key, scored by the failure's time in
/// milliseconds, trimmed to the latest few and expiring with the window, so a guesser who spreads attempts over the
/// nodes meets the same limit as on one machine.
/// </summary>
internal sealed class RedisSignInFailures(IConnectionMultiplexer redis) : SignInFailures
{
    public override async Task<DateTimeOffset?> NthLatestAsync(string key, int n, DateTimeOffset since)
    {
        if (n <= 0)
        {
            return null;
        }

        var nth = await redis.GetDatabase().SortedSetRangeByRankWithScoresAsync(Key(key), -n, -n);
        return nth.Length == 1 && nth[0].Score > since.ToUnixTimeMilliseconds()
            ? DateTimeOffset.FromUnixTimeMilliseconds((long)nth[0].Score)
            : null;
    }

    public override async Task AddAsync(IReadOnlyList<string> keys, DateTimeOffset at, TimeSpan window, int keep)
    {
        var db = redis.GetDatabase();
        var batch = db.CreateBatch();
        var sent = new List<Task>();
        foreach (var key in keys)
        {
            var k = Key(key);
            // A unique member: two failures in the same millisecond both count.
            sent.Add(batch.SortedSetAddAsync(k, Guid.NewGuid().ToString("N"), at.ToUnixTimeMilliseconds()));
            sent.Add(batch.SortedSetRemoveRangeByRankAsync(k, 0, -keep - 1));
            sent.Add(batch.KeyExpireAsync(k, window));
        }

        batch.Execute();
        await Task.WhenAll(sent);
    }

    public override Task ForgetAsync(string key) => redis.GetDatabase().KeyDeleteAsync(Key(key));

    // A string, converted to a RedisKey at each call: see RedisJobLock on why no Redis struct is kept in a local.
    private static string Key(string key) => "xp:signin:" + key;
}
