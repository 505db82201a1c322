using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace XinxingPortal.Abstractions.Data;

/// <summary>The current tenant's database, as modules see it.</summary>
public interface IPortalDb
{
    DbSet<T> Set<T>() where T : class;
    DatabaseFacade Database { get; }
    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
}
