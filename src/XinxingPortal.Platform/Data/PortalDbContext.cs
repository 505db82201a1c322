using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using XinxingPortal.Abstractions.Data;
using XinxingPortal.Platform.Identity;
using XinxingPortal.Platform.Modules;

namespace XinxingPortal.Platform.Data;

/// <summary>
/// One context per request on the current tenant's database. Every tenant database holds the full
/// schema; modules add their entities through <see cref="IEntityTypeConfiguration{T}"/> classes.
/// </summary>
internal sealed class PortalDbContext(DbContextOptions<PortalDbContext> options, ModuleCatalog catalog)
    : IdentityDbContext<PortalUser, PortalRole, string>(options), IPortalDb
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        IdentityTables.Rename(builder);
        foreach (var module in catalog.Modules)
        {
            builder.ApplyConfigurationsFromAssembly(module.Assembly);
        }
    }
}
