using System.Collections.Concurrent;

namespace XinxingPortal.Platform.Caching;

/// <summary>
/// What each tenant's cached pages were made from. A cached page's key carries its tenant's epoch, so a change that
/// moves the epoch retires every page made before it at once, even one still being rendered while the change committed
/// (it is stored under the old key, which nobody looks up again). Epochs start from a number of this process's own, so
/// a restarted node or another node never reads entries a shared store kept from a different process.
/// </summary>
internal sealed class PageGenerations
{
    private static readonly long ProcessStart = Random.Shared.NextInt64(1L << 40) << 20;
    private readonly ConcurrentDictionary<string, State> tenants = new(StringComparer.Ordinal);

    /// <summary>This process's own epoch base: pages a shared store keeps for another process are never this one's.</summary>
    public long Instance => ProcessStart;

    /// <summary>The epoch a page of <paramref name="tenant"/> is cached under; null until the tenant's feed position is known.</summary>
    public long? Epoch(string tenant) =>
        tenants.TryGetValue(tenant, out var state) && Volatile.Read(ref state.Known) ? Volatile.Read(ref state.Epoch) : null;

    /// <summary>
    /// Learns the last change in the tenant's feed before any of its pages is cached, so older changes (already in every
    /// page made from now on) move nothing when the feed replays them.
    /// </summary>
    public async Task<long> EnsureKnownAsync(string tenant, Func<Task<long>> lastChange)
    {
        var state = tenants.GetOrAdd(tenant, _ => new State());
        if (state.Known)
        {
            return state.Epoch;
        }

        var last = await lastChange();
        lock (state)
        {
            if (!state.Known)
            {
                state.Seen = Math.Max(state.Seen, last);
                state.Known = true;
            }

            return state.Epoch;
        }
    }

    /// <summary>The newest change every page of <paramref name="tenant"/> cached from now on already shows.</summary>
    public long? Seen(string tenant)
    {
        if (!tenants.TryGetValue(tenant, out var state))
        {
            return null;
        }

        lock (state)
        {
            return state.Known ? state.Seen : null;
        }
    }

    /// <summary>A change committed here: every page of the tenant made so far is retired, and those of its followers.</summary>
    public void Advance(string tenant)
    {
        var state = tenants.GetOrAdd(tenant, _ => new State());
        lock (state)
        {
            state.Epoch++;
        }

        AdvanceFollowers(state);
    }

    /// <summary>
    /// <paramref name="follower"/>'s pages show some of <paramref name="tenant"/>'s (the portal's home shows the
    /// microsite's events): from now on a change to that tenant retires the follower's pages too.
    /// </summary>
    public void Follow(string follower, string tenant)
    {
        if (follower == tenant)
        {
            return;
        }

        var state = tenants.GetOrAdd(tenant, _ => new State());
        lock (state)
        {
            state.Followers.Add(follower);
        }
    }

    /// <summary>The feed reports change <paramref name="changeId"/>; true when it is news to this node's pages.</summary>
    public bool Observe(string tenant, long changeId)
    {
        var state = tenants.GetOrAdd(tenant, _ => new State());
        lock (state)
        {
            if (!state.Known || changeId <= state.Seen)
            {
                // Unknown: no page of the tenant is cached yet, and the first one will be made after this change.
                return false;
            }

            state.Seen = changeId;
            state.Epoch++;
        }

        AdvanceFollowers(state);
        return true;
    }

    /// <summary>One level only: a follower's own followers learn of its changes, not of the tenants it follows.</summary>
    private void AdvanceFollowers(State state)
    {
        string[] followers;
        lock (state)
        {
            followers = [.. state.Followers];
        }

        foreach (var follower in followers)
        {
            var other = tenants.GetOrAdd(follower, _ => new State());
            lock (other)
            {
                other.Epoch++;
            }
        }
    }

    private sealed class State
    {
        public long Epoch = ProcessStart;
        public long Seen;
        public bool Known;
        public readonly HashSet<string> Followers = new(StringComparer.Ordinal);
    }
}
