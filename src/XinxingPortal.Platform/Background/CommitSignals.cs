using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace XinxingPortal.Platform.Background;

/// <summary>
/// Wakes a worker once the work it should see is committed: at once for a save outside a transaction, at the
/// commit for a save inside one (before that the worker could not see the rows; after a rollback there is nothing).
/// </summary>
internal sealed class CommitSignals : DbTransactionInterceptor
{
    private readonly ConditionalWeakTable<DbContext, HashSet<(TenantSignal Signal, string Tenant)>> waiting = [];

    /// <summary>The signal fires once the next save of <paramref name="context"/> is committed.</summary>
    public void AfterCommit(DbContext context, TenantSignal signal, string tenant)
    {
        EventHandler<SavedChangesEventArgs>? saved = null;
        saved = (_, _) =>
        {
            context.SavedChanges -= saved;
            if (context.Database.CurrentTransaction is null)
            {
                signal.Notify(tenant);
                return;
            }

            lock (waiting)
            {
                waiting.GetOrCreateValue(context).Add((signal, tenant));
            }
        };
        context.SavedChanges += saved;
    }

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context)
        {
            HashSet<(TenantSignal Signal, string Tenant)>? signals;
            lock (waiting)
            {
                if (waiting.TryGetValue(context, out signals))
                {
                    waiting.Remove(context);
                }
            }

            foreach (var (signal, tenant) in signals ?? [])
            {
                signal.Notify(tenant);
            }
        }

        return Task.CompletedTask;
    }

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context)
        {
            lock (waiting)
            {
                waiting.Remove(context);
            }
        }

        return Task.CompletedTask;
    }
}
