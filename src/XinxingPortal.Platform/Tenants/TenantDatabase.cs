using System.Runtime.CompilerServices;
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
                UseSqlite(options, SqliteConnectionString(tenant, paths));
                break;
            case DatabaseProvider.PostgreSql:
                UsePostgreSql(options, tenant.ConnectionString);
                break;
            default:
                throw new TenantException($"Tenant '{tenant.Name}' names an unknown database provider.");
        }
    }

    // One method per provider, so a node whose tenants all use SQLite never loads Npgsql's EF provider (and the other way
    // round): the JIT loads the assemblies a method names when it compiles that method.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void UseSqlite(DbContextOptionsBuilder options, string connectionString) =>
        options.UseSqlite(connectionString, o => o.MigrationsAssembly(SqliteMigrations));

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void UsePostgreSql(DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString, o => o.MigrationsAssembly(PostgreSqlMigrations));

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
