using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using XinxingPortal.Abstractions.Storage;
using XinxingPortal.Platform.Data;
using XinxingPortal.Platform.Tenants;

namespace XinxingPortal.Platform.Email;

/// <summary>
/// Sends queued mail for every running tenant: at once when a request signals, otherwise every round.
/// A message is claimed with a conditional update before it is sent, so two nodes never both send it;
/// a failure is retried with growing delays and given up after a few attempts.
/// </summary>
internal sealed class OutboxDispatcher(
    OutboxSignal signal, TenantSettingsStore tenants, TenantScopeFactory scopes, EmailTransport transport, TimeProvider time,
    XinxingPortal.Abstractions.Jobs.IJobLock locks, ILogger<OutboxDispatcher> logger) : Background.TenantWorker(signal, tenants, logger)
{
    private const int MaxAttempts = 5;
    private const int Batch = 50;
    private static readonly TimeSpan StuckAfter = TimeSpan.FromMinutes(10);

    /// <summary>Long enough for another node's pass to end, so mail committed meanwhile is not left for the next round.</summary>
    private static readonly TimeSpan LockWait = TimeSpan.FromSeconds(5);

    /// <summary>One node at a time dispatches a tenant's outbox; a node that waits in vain leaves it to the holder.</summary>
    internal override async Task<bool> WorkAsync(TenantSettings tenant, CancellationToken ct)
    {
        await using var held = await locks.TryAcquireAsync("outbox:" + tenant.Name.ToLowerInvariant(), LockWait, ct);
        if (held is not null)
        {
            await DispatchAsync(tenant, ct);
        }

        return false;
    }

    internal async Task DispatchAsync(TenantSettings tenant, CancellationToken ct)
    {
        await using var scope = await scopes.CreateAsync(tenant, loadFeatures: false);
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var storage = scope.ServiceProvider.GetRequiredService<ITenantStorage>();
        var now = time.GetUtcNow().UtcDateTime;
        var outbox = db.Set<OutboxMessage>();

        await outbox.Where(m => m.Status == OutboxStatus.Sending && m.NextAttemptUtc < now - StuckAfter)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, OutboxStatus.Pending), ct);
        var ids = await outbox.Where(m => m.Status == OutboxStatus.Pending && m.NextAttemptUtc <= now)
            .OrderBy(m => m.Id).Select(m => m.Id).Take(Batch).ToListAsync(ct);
        foreach (var id in ids)
        {
            var claimed = await outbox.Where(m => m.Id == id && m.Status == OutboxStatus.Pending)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, OutboxStatus.Sending).SetProperty(m => m.NextAttemptUtc, now), ct);
            if (claimed == 0)
            {
                continue;
            }

            var message = await outbox.AsNoTracking().Include(m => m.Attachments).FirstAsync(m => m.Id == id, ct);
            try
            {
                await transport.SendAsync(message, tenant.Name, storage, ct);
                await outbox.Where(m => m.Id == id).ExecuteUpdateAsync(s => s
                    .SetProperty(m => m.Status, OutboxStatus.Sent).SetProperty(m => m.SentUtc, time.GetUtcNow().UtcDateTime), ct);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                var attempts = message.Attempts + 1;
                logger.LogWarning(ex, "Sending mail {Id} of tenant {Tenant} failed (attempt {Attempt})", id, tenant.Name, attempts);
                await outbox.Where(m => m.Id == id).ExecuteUpdateAsync(s => s
                    .SetProperty(m => m.Status, attempts >= MaxAttempts ? OutboxStatus.Failed : OutboxStatus.Pending)
                    .SetProperty(m => m.Attempts, attempts)
                    .SetProperty(m => m.NextAttemptUtc, now.AddMinutes(Math.Pow(2, attempts)))
                    .SetProperty(m => m.LastError, ex.Message.Length > 1000 ? ex.Message[..1000] : ex.Message), ct);
            }
        }
    }
}
