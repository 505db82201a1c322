using Microsoft.EntityFrameworkCore;

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

    /// <summary>
    /// Inside the current transaction, waits until no other transaction holds the same <paramref name="turn"/>; the turn
    /// is let go at commit or rollback. Writers that PostgreSQL would otherwise make wait on each other's uncommitted
    /// rows (overlapping bookings under an exclusion constraint) deadlock in a crowd, and the deadlock detector
    /// untangles one knot a second; queued here, each sees the others' committed rows and is taken or refused at once.
    /// The database's constraint stays the guarantee; this only orders the crowd. SQLite admits one writer at a time.
    /// </summary>
    public static async Task WaitForTurnAsync(this IPortalDb db, string turn, CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("A turn lasts until the commit; wait for it inside CommitAsync.");
        }

        if (db.Database.ProviderName == PostgreSqlProvider)
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtextextended({turn}, 0))", ct);
        }
    }

    private const string PostgreSqlProvider = "Npgsql.EntityFrameworkCore.PostgreSQL";
}
