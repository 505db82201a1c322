using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using XinxingPortal.Platform.Data;
using XinxingPortal.Platform.Modules;
using XinxingPortal.Platform.Tenants;

namespace XinxingPortal.Data.PostgreSql;

/// <summary>Lets <c>dotnet ef</c> build the full model (platform and every module) for PostgreSQL.</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<PortalDbContext>
{
    public PortalDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<PortalDbContext>()
            .UseNpgsql("Host=localhost;Database=design", o => o.MigrationsAssembly(TenantDatabase.PostgreSqlMigrations))
            .Options;
        return new PortalDbContext(options, ModuleCatalog.Discover());
    }
}
