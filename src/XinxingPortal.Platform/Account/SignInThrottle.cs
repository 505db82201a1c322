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
/// sliding window. It replaces Identity's account lockout, which let anyone lock any account by failing five times and
/// told who exists. The count is by the name typed, so known and unknown names are treated alike. The failures are
/// kept in <see cref="SignInFailures"/>: this process's memory on one machine, Redis behind several nodes, so a
/// guesser spreading attempts over the nodes meets the same limit.
/// </summary>
internal sealed class SignInThrottle(IOptions<SignInThrottleOptions> options, TimeProvider time, SignInFailures failures)
{
    /// <summary>Null when a sign-in may be tried now, else how long to wait.</summary>
    public async Task<TimeSpan?> WaitBeforeTryingAsync(string tenant, string userName, string address)
    {
        var o = options.Value;
        var now = time.GetUtcNow();
        TimeSpan? longest = null;
        foreach (var (key, limit) in Limits(tenant, userName, address, o))
        {
            // The limit-th latest failure inside the window holds the door until it leaves the window.
            if (await failures.NthLatestAsync(key, limit, now - o.Window) is { } held && held + o.Window - now is var wait && (longest is null || wait > longest))
            {
                longest = wait;
            }
        }

        return longest;
    }

    public Task FailedAsync(string tenant, string userName, string address)
    {
        var o = options.Value;
        var keep = Math.Max(o.FailuresPerUserAndAddress, Math.Max(o.FailuresPerAddress, o.FailuresPerUser));
        return failures.AddAsync([.. Limits(tenant, userName, address, o).Select(l => l.Key)], time.GetUtcNow(), o.Window, keep);
    }

    /// <summary>A success forgets this user's failures from this address (not the address's or the account's totals).</summary>
    public Task SucceededAsync(string tenant, string userName, string address) => failures.ForgetAsync(UserAndAddress(tenant, userName, address));

    private static (string Key, int Limit)[] Limits(string tenant, string userName, string address, SignInThrottleOptions o) =>
    [
        (UserAndAddress(tenant, userName, address), o.FailuresPerUserAndAddress),
        ($"a|{tenant}|{address}", o.FailuresPerAddress),
        ($"u|{tenant}|{Normal(userName)}", o.FailuresPerUser),
    ];

    private static string UserAndAddress(string tenant, string userName, string address) => $"ua|{tenant}|{Normal(userName)}|{address}";

    private static string Normal(string userName) => userName.Trim().ToUpperInvariant();
}
