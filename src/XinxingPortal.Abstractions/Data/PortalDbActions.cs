namespace XinxingPortal.Abstractions.Data;

/// <summary>
/// One commit per action. Services stage their changes on the request's context; the action (a controller action,
/// the workflow, a recipe run) commits them once. Work that must write at once (a conditional UPDATE on a seat row)
/// runs inside <see cref="CommitAsync{T}"/>, so it commits, or rolls back, with the rest of the action.
/// </summary>
public static class PortalDbActions
{
    /// <summary>
    /// Runs <paramref name="work"/> in one transaction, saves what it staged and commits. Called inside a transaction
    /// already open (a recipe, a workflow transition), it joins it and leaves the commit to that transaction's owner.
    /// </summary>
    public static async Task<T> CommitAsync<T>(this IPortalDb db, Func<Task<T>> work, CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            var joined = await work();
            await db.SaveChangesAsync(ct);
            return joined;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var result = await work();
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return result;
    }
}
