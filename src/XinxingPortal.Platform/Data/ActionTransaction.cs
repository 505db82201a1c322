using Microsoft.EntityFrameworkCore;

namespace XinxingPortal.Platform.Data;

/// <summary>
/// The kernel's unit of an action: work runs in one transaction that commits once. Called inside a transaction
/// already open (a recipe, a workflow transition), it joins it and leaves the commit to its owner.
/// </summary>
internal static class ActionTransaction
{
    public static async Task<T> RunAsync<T>(DbContext db, Func<Task<T>> work, CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            return await work();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var result = await work();
        await transaction.CommitAsync(ct);
        return result;
    }
}
