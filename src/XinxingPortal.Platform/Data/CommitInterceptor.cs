using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace XinxingPortal.Platform.Data;

/// <summary>
/// Tells a scope's <see cref="CommitActions"/> when its changes commit: at the end of an explicit transaction, or
/// at the end of a SaveChanges that ran without one; and when they roll back.
/// </summary>
internal sealed class CommitInterceptor : DbTransactionInterceptor, ISaveChangesInterceptor
{
    private readonly ConditionalWeakTable<DbContext, CommitActions> watched = [];

    public void Watch(DbContext context, CommitActions actions) => watched.AddOrUpdate(context, actions);

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default) =>
        Of(eventData.Context)?.CommittedAsync() ?? Task.CompletedTask;

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) =>
        Of(eventData.Context)?.CommittedAsync().GetAwaiter().GetResult();

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Of(eventData.Context)?.Abandon();
        return Task.CompletedTask;
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Of(eventData.Context)?.Abandon();

    public async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { Database.CurrentTransaction: null } context && Of(context) is { } actions)
        {
            await actions.CommittedAsync();
        }

        return result;
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context is { Database.CurrentTransaction: null } context && Of(context) is { } actions)
        {
            actions.CommittedAsync().GetAwaiter().GetResult();
        }

        return result;
    }

    private CommitActions? Of(DbContext? context) => context is not null && watched.TryGetValue(context, out var actions) ? actions : null;
}
