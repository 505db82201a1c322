using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using XinxingPortal.Platform.Data;
using XinxingPortal.Platform.Modules;
using XinxingPortal.Platform.Tenants;

namespace XinxingPortal.Data.Sqlite;

/// <summary>Lets <c>dotnet ef</c> build the full model (platform and every module) for SQLite.</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<PortalDbContext>
{
    public PortalDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<PortalDbContext>()
            .UseSqlite("Data Source=design.db", o => o.MigrationsAssembly(TenantDatabase.SqliteMigrations))
            .Options;
        return new PortalDbContext(options, ModuleCatalog.Discover());
    }
}
