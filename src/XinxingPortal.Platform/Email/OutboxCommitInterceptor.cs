using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace XinxingPortal.Platform.Email;

/// <summary>
/// Wakes the dispatcher when mail queued inside an explicit transaction commits; until then the dispatcher
/// could not see the rows. Mail saved outside a transaction wakes it from <see cref="EmailOutbox"/> directly.
/// </summary>
internal sealed class OutboxCommitInterceptor(OutboxSignal signal) : DbTransactionInterceptor
{
    private readonly ConditionalWeakTable<DbContext, string> waiting = [];

    public void WaitForCommit(DbContext context, string tenant) => waiting.AddOrUpdate(context, tenant);

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && waiting.TryGetValue(context, out var tenant))
        {
            waiting.Remove(context);
            signal.Notify(tenant);
        }

        return Task.CompletedTask;
    }
}
