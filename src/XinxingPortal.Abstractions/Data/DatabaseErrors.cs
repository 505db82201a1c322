using System.Data.Common;

namespace XinxingPortal.Abstractions.Data;

/// <summary>What a database error means, read the same way on SQLite and PostgreSQL.</summary>
public static class DatabaseErrors
{
    /// <summary>
    /// PostgreSQL's "deadlock detected" (40P01) anywhere in the chain. Npgsql's execution strategy hands a deadlock
    /// over as a transient failure: an <see cref="InvalidOperationException"/> around the DbUpdateException around the
    /// database's own error, so a check one level down misses it. Nothing was written; the action may run again.
    /// </summary>
    public static bool IsDeadlock(Exception ex)
    {
        for (Exception? e = ex; e is not null; e = e.InnerException)
        {
            if (e is DbException { SqlState: "40P01" })
            {
                return true;
            }
        }

        return false;
    }
}
