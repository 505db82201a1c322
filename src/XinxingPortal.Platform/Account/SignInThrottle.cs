using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace XinxingPortal.Platform.Account;

/// <summary><c>Portal:SignIn</c>: how many failed sign-ins are allowed in a window before the form refuses to try.</summary>
internal sealed class SignInThrottleOptions
{
    /// <summary>Failures for one user name from one address; low, because that is one guesser at one account.</summary>
    public int FailuresPerUserAndAddress { get; set; } = 5;

    /// <summary>Failures from one address over every user name; stops one machine spraying many accounts.</summary>
    public int FailuresPerAddress { get; set; } = 20;

    /// <summary>Failures for one user name from anywhere; high, so strangers cannot shut a colleague out, but bounded.</summary>
    public int FailuresPerUser { get; set; } = 50;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(15);
}

/// <summary>
/// Counts failed sign-ins per (tenant, user name, address), per (tenant, address) and per (tenant, user name) in a
/// sliding window, in memory. It replaces Identity's account lockout, which let anyone lock any account by failing
/// five times and told who exists. The count is by the name typed, so known and unknown names are treated alike.
/// </summary>
internal sealed class SignInThrottle(IOptions<SignInThrottleOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, Queue<DateTimeOffset>> failures = new(StringComparer.Ordinal);

    /// <summary>Null when a sign-in may be tried now, else how long to wait.</summary>
    public TimeSpan? WaitBeforeTrying(string tenant, string userName, string address)
    {
        var o = options.Value;
        return new[]
            {
                Wait(UserAndAddress(tenant, userName, address), o.FailuresPerUserAndAddress),
                Wait(Address(tenant, address), o.FailuresPerAddress),
                Wait(User(tenant, userName), o.FailuresPerUser),
            }
            .Where(w => w is not null).Max();
    }

    public void Failed(string tenant, string userName, string address)
    {
        var now = time.GetUtcNow();
        if (failures.Count > MaxKeys)
        {
            Sweep(now);
        }

        foreach (var key in new[] { UserAndAddress(tenant, userName, address), Address(tenant, address), User(tenant, userName) })
        {
            var queue = failures.GetOrAdd(key, _ => new Queue<DateTimeOffset>());
            lock (queue)
            {
                Trim(queue, now);
                queue.Enqueue(now);
            }
        }
    }

    /// <summary>A success forgets this user's failures from this address (not the address's or the account's totals).</summary>
    public void Succeeded(string tenant, string userName, string address) => failures.TryRemove(UserAndAddress(tenant, userName, address), out _);

    // Names typed at random must not grow the table for ever: past this many keys, the expired ones are dropped.
    private const int MaxKeys = 50_000;

    private void Sweep(DateTimeOffset now)
    {
        foreach (var (key, queue) in failures)
        {
            lock (queue)
            {
                Trim(queue, now);
                if (queue.Count == 0)
                {
                    failures.TryRemove(key, out _);
                }
            }
        }
    }

    private TimeSpan? Wait(string key, int limit)
    {
        if (!failures.TryGetValue(key, out var queue))
        {
            return null;
        }

        var now = time.GetUtcNow();
        lock (queue)
        {
            Trim(queue, now);
            return queue.Count < limit ? null : queue.ElementAt(queue.Count - limit) + options.Value.Window - now;
        }
    }

    private void Trim(Queue<DateTimeOffset> queue, DateTimeOffset now)
    {
        while (queue.Count > 0 && queue.Peek() <= now - options.Value.Window)
        {
            queue.Dequeue();
        }
    }

    private static string UserAndAddress(string tenant, string userName, string address) => $"ua|{tenant}|{Normal(userName)}|{address}";

    private static string Address(string tenant, string address) => $"a|{tenant}|{address}";

    private static string User(string tenant, string userName) => $"u|{tenant}|{Normal(userName)}";

    private static string Normal(string userName) => userName.Trim().ToUpperInvariant();
}
