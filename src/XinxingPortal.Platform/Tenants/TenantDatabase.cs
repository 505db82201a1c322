using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace XinxingPortal.Platform.Tenants;

/// <summary>Points EF at a tenant's own database: a SQLite file per tenant, or a PostgreSQL database per tenant.</summary>
internal static class TenantDatabase
{
    public const string SqliteMigrations = "XinxingPortal.Data.Sqlite";
    public const string PostgreSqlMigrations = "XinxingPortal.Data.PostgreSql";

    public static void Configure(DbContextOptionsBuilder options, TenantSettings tenant, PortalPaths paths)
    {
        switch (tenant.DatabaseProvider)
        {
            case DatabaseProvider.Sqlite:
                options.UseSqlite(SqliteConnectionString(tenant, paths), o => o.MigrationsAssembly(SqliteMigrations));
                break;
            case DatabaseProvider.PostgreSql:
                options.UseNpgsql(tenant.ConnectionString, o => o.MigrationsAssembly(PostgreSqlMigrations));
                break;
            default:
                throw new TenantException($"Tenant '{tenant.Name}' names an unknown database provider.");
        }
    }

    public static string SqliteConnectionString(TenantSettings tenant, PortalPaths paths)
    {
        if (tenant.ConnectionString.Length > 0)
        {
            return tenant.ConnectionString;
        }

        var folder = paths.SiteFolder(tenant.Name);
        Directory.CreateDirectory(folder);
        return new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(folder, "portal.db"),
            DefaultTimeout = 30,
            Pooling = true,
        }.ToString();
    }
}
