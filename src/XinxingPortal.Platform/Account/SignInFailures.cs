using System.Collections.Concurrent;

namespace XinxingPortal.Platform.Account;

/// <summary>
/// Where the sign-in throttle keeps its failures: a list of times per key, of which only the latest few inside the
/// window matter. In memory on one machine (<see cref="MemorySignInFailures"/>); in Redis when <c>Portal:Redis</c> is
/// set (<see cref="Cluster.RedisSignInFailures"/>), so every node counts the same failures.
/// </summary>
internal abstract class SignInFailures
{
    /// <summary>The time of the <paramref name="n"/>-th latest failure under <paramref name="key"/> after <paramref name="since"/>; null when there are fewer.</summary>
    public abstract Task<DateTimeOffset?> NthLatestAsync(string key, int n, DateTimeOffset since);

    /// <summary>Records one failure under each key; keeps at most the latest <paramref name="keep"/> of each, for <paramref name="window"/>.</summary>
    public abstract Task AddAsync(IReadOnlyList<string> keys, DateTimeOffset at, TimeSpan window, int keep);

    public abstract Task ForgetAsync(string key);
}

/// <summary>The failures of one node, in this process.</summary>
internal sealed class MemorySignInFailures : SignInFailures
{
    // Names typed at random must not grow the table for ever: past this many keys, the expired ones are dropped.
    private const int MaxKeys = 50_000;
    private readonly ConcurrentDictionary<string, Entry> failures = new(StringComparer.Ordinal);

    public override Task<DateTimeOffset?> NthLatestAsync(string key, int n, DateTimeOffset since)
    {
        if (n <= 0 || !failures.TryGetValue(key, out var entry))
        {
            return Task.FromResult<DateTimeOffset?>(null);
        }

        lock (entry)
        {
            var recent = entry.Times.Where(t => t > since).ToList();
            return Task.FromResult<DateTimeOffset?>(recent.Count < n ? null : recent[^n]);
        }
    }

    public override Task AddAsync(IReadOnlyList<string> keys, DateTimeOffset at, TimeSpan window, int keep)
    {
        if (failures.Count > MaxKeys)
        {
            Sweep(at);
        }

        foreach (var key in keys)
        {
            var entry = failures.GetOrAdd(key, _ => new Entry());
            lock (entry)
            {
                entry.Times.Enqueue(at);
                entry.Expires = at + window;
                while (entry.Times.Count > keep)
                {
                    entry.Times.Dequeue();
                }
            }
        }

        return Task.CompletedTask;
    }

    public override Task ForgetAsync(string key)
    {
        failures.TryRemove(key, out _);
        return Task.CompletedTask;
    }

    private void Sweep(DateTimeOffset now)
    {
        foreach (var (key, entry) in failures)
        {
            lock (entry)
            {
                if (entry.Expires <= now)
                {
                    failures.TryRemove(key, out _);
                }
            }
        }
    }

    private sealed class Entry
    {
        public Queue<DateTimeOffset> Times { get; } = new();
        public DateTimeOffset Expires { get; set; }
    }
}
