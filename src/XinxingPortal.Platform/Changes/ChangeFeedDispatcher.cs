using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using XinxingPortal.Abstractions.Changes;
using XinxingPortal.Platform.Data;
using XinxingPortal.Platform.Tenants;

namespace XinxingPortal.Platform.Changes;

/// <summary>
/// Feeds each tenant's committed changes to every <see cref="IChangeFeedConsumer"/>, one change at a time and in order.
/// What a consumer stages for a change commits in one transaction with its new position, and only if nobody moved
/// that position meanwhile (another node), so nothing is lost on a crash and nothing it saved is applied twice.
/// </summary>
internal sealed class ChangeFeedDispatcher(
    ChangeFeedSignal signal, TenantSettingsStore tenants, TenantScopeFactory scopes, TimeProvider time, IConfiguration configuration,
    XinxingPortal.Abstractions.Jobs.IJobLock locks, ILogger<ChangeFeedDispatcher> logger) : Background.TenantWorker(signal, tenants, logger)
{
    internal const int MaxAttempts = 5;
    private const int Batch = 100;
    private static readonly TimeSpan Turn = TimeSpan.FromMilliseconds(250);

    /// <summary>How often a tenant's feed is read without a signal, and so how soon a failed change is tried again.</summary>
    protected override TimeSpan Round =>
        TimeSpan.TryParse(configuration["Portal:ChangeFeed:Round"], System.Globalization.CultureInfo.InvariantCulture, out var round) ? round : base.Round;

    /// <summary>
    /// A node that has just started catches up soon (a per-node search index is opened or built then, jieba's
    /// dictionary loaded), but not at once: for the first seconds the two cores belong to the first visitors' pages,
    /// which measured 0.5-1 s slower when the catch-up ran beside them. A publish meanwhile still wakes its tenant.
    /// </summary>
    protected override TimeSpan? FirstRound =>
        TimeSpan.TryParse(configuration["Portal:ChangeFeed:FirstRound"], System.Globalization.CultureInfo.InvariantCulture, out var first)
            ? first
            : Round < DefaultFirstRound ? Round : DefaultFirstRound;

    private static readonly TimeSpan DefaultFirstRound = TimeSpan.FromSeconds(3);

    private string Node => configuration["Portal:Node"] is { Length: > 0 } node ? node : Environment.MachineName;

    /// <summary>
    /// Gives every consumer a turn of at most <see cref="Batch"/> changes or <see cref="Turn"/>: a consumer catching up
    /// on a long history (a new node's search index) must not hold back the page cache's eviction of a fresh change.
    /// </summary>
    internal override async Task<bool> WorkAsync(TenantSettings tenant, CancellationToken ct)
    {
        IReadOnlyList<(string Name, bool PerNode)> consumers;
        await using (var scope = await scopes.CreateAsync(tenant))
        {
            consumers = [.. scope.ServiceProvider.GetServices<IChangeFeedConsumer>().Select(c => (c.Name, c.PerNode))];
        }

        var unfinished = false;
        foreach (var (name, perNode) in consumers)
        {
            if (perNode)
            {
                unfinished |= await DrainAsync(tenant, name, $"{name}@{Node}", ct);
                continue;
            }

            // A shared consumer runs on one node at a time (its cursor's conditional update stays the last guard).
            await using var held = await locks.TryAcquireAsync($"changes:{tenant.Name.ToLowerInvariant()}:{name}", TimeSpan.FromSeconds(5), ct);
            if (held is not null)
            {
                unfinished |= await DrainAsync(tenant, name, name, ct);
            }
        }

        return unfinished;
    }

    /// <summary>
    /// Hands the consumer the changes after its position, for one turn; stops at a failure, to retry on the next round.
    /// True when the turn ended with changes still waiting.
    /// </summary>
    internal async Task<bool> DrainAsync(TenantSettings tenant, string consumerName, string cursorName, CancellationToken ct)
    {
        var started = time.GetTimestamp();
        for (var handled = 0; ; handled++)
        {
            if (handled == Batch || time.GetElapsedTime(started) > Turn)
            {
                return true;
            }

            await using var scope = await scopes.CreateAsync(tenant);
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var consumer = scope.ServiceProvider.GetServices<IChangeFeedConsumer>().First(c => c.Name == consumerName);
            var cursor = await db.Set<ChangeFeedCursor>().AsNoTracking().FirstOrDefaultAsync(c => c.Consumer == cursorName, ct)
                ?? await StartAsync(db, cursorName, ct);
            if (await consumer.CaughtUpThroughAsync(() => Caching.CachedPages.LastChangeAsync(db, ct)) is { } caughtUp && caughtUp > cursor.Position)
            {
                await AdvanceAsync(db, cursor, caughtUp, ct);
                continue; // read the cursor again: another node's drain of a shared position may have moved it too
            }

            var next = await db.Set<ChangeLogRecord>().AsNoTracking().Where(c => c.Id > cursor.Position)
                .OrderBy(c => c.Id).FirstOrDefaultAsync(ct);
            if (next is null || !await HandleAsync(db, consumer, cursor, next, ct))
            {
                return false;
            }
        }
    }

    private async Task<bool> HandleAsync(PortalDbContext db, IChangeFeedConsumer consumer, ChangeFeedCursor cursor, ChangeLogRecord change, CancellationToken ct)
    {
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await consumer.HandleAsync(change.ToEntry(), ct);
            await db.SaveChangesAsync(ct);
            if (await AdvanceAsync(db, cursor, change.Id, ct) == 0)
            {
                return false; // another node moved this position first; what was staged here rolls back
            }

            await transaction.CommitAsync(ct);
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            db.ChangeTracker.Clear();
            var attempts = cursor.Attempts + 1;
            var error = ex.Message.Length > 1000 ? ex.Message[..1000] : ex.Message;
            logger.LogWarning(ex, "{Consumer} failed on change {Id} (attempt {Attempt})", cursor.Consumer, change.Id, attempts);
            if (attempts < MaxAttempts)
            {
                await db.Set<ChangeFeedCursor>().Where(c => c.Consumer == cursor.Consumer && c.Position == cursor.Position)
                    .ExecuteUpdateAsync(s => s.SetProperty(c => c.Attempts, attempts).SetProperty(c => c.LastError, error), ct);
                return false;
            }

            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            db.Set<ParkedChange>().Add(new ParkedChange { Consumer = cursor.Consumer, ChangeId = change.Id, Error = error, AtUtc = time.GetUtcNow().UtcDateTime });
            await db.SaveChangesAsync(ct);
            if (await AdvanceAsync(db, cursor, change.Id, ct) > 0)
            {
                await transaction.CommitAsync(ct);
            }

            return true;
        }
    }

    private static Task<int> AdvanceAsync(PortalDbContext db, ChangeFeedCursor cursor, long to, CancellationToken ct) =>
        db.Set<ChangeFeedCursor>().Where(c => c.Consumer == cursor.Consumer && c.Position == cursor.Position)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Position, to).SetProperty(c => c.Attempts, 0).SetProperty(c => c.LastError, (string?)null), ct);

    /// <summary>A new consumer starts at the beginning of the feed, so it sees everything ever published.</summary>
    private static async Task<ChangeFeedCursor> StartAsync(PortalDbContext db, string name, CancellationToken ct)
    {
        var cursor = new ChangeFeedCursor { Consumer = name };
        db.Set<ChangeFeedCursor>().Add(cursor);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear(); // another node created it at the same moment
            return await db.Set<ChangeFeedCursor>().AsNoTracking().FirstAsync(c => c.Consumer == name, ct);
        }

        db.Entry(cursor).State = EntityState.Detached;
        return cursor;
    }
}
