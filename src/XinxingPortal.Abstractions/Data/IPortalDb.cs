using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace XinxingPortal.Abstractions.Data;

/// <summary>The current tenant's database, as modules see it.</summary>
public interface IPortalDb
{
    DbSet<T> Set<T>() where T : class;
    DatabaseFacade Database { get; }

    /// <summary>What the context tracks; a long import clears it once its rows are saved, so each save stays small.</summary>
    Microsoft.EntityFrameworkCore.ChangeTracking.ChangeTracker ChangeTracker { get; }
    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
}
