using Microsoft.Data.Sqlite;
using Npgsql;
using XinxingPortal.Platform.Recipes;

namespace XinxingPortal.Platform.Tenants;

/// <summary>Lists, creates, disables, enables and removes tenants; used by the Default tenant's admin and the command line.</summary>
internal sealed class TenantAdministration(TenantSettingsStore store, TenantSetup setup, RecipeCatalog recipes, PortalPaths paths, TenantRouteGuard guard)
{
    public IReadOnlyList<TenantSettings> List() => store.All;

    /// <summary>Registers the tenant and, when an administrator is given, sets it up now.</summary>
    public async Task CreateAsync(TenantSettings tenant, AdminAccount? admin, CancellationToken ct = default)
    {
        if (store.Find(tenant.Name) is not null)
        {
            throw new TenantException($"Tenant '{tenant.Name}' already exists.");
        }

        var problem = TenantRules.Check(tenant, store.All) ?? guard.Check(tenant, store.All);
        if (problem is not null)
        {
            throw new TenantException(problem);
        }

        if (!recipes.Exists(tenant.RecipeName))
        {
            throw new TenantException($"There is no recipe named '{tenant.RecipeName}'.");
        }

        store.Save(tenant with { State = TenantState.Uninitialized });
        if (admin is null)
        {
            return;
        }

        try
        {
            await setup.TrySetupAsync(tenant.Name, () => admin, ct);
        }
        catch
        {
            // A create that failed leaves no registration and no SQLite file, so the same command can simply be run
            // again once fixed. A PostgreSQL database is kept: it may have existed before, and setup is idempotent on it.
            await ForgetAsync(store.Find(tenant.Name) ?? tenant, dropPostgres: false, CancellationToken.None);
            throw;
        }
    }

    public void Disable(string name) => Change(name, TenantState.Running, TenantState.Disabled);

    public void Enable(string name) => Change(name, TenantState.Disabled, TenantState.Running);

    /// <summary>Removes a disabled or never-set-up tenant and deletes its database.</summary>
    public async Task RemoveAsync(string name, CancellationToken ct = default)
    {
        var tenant = Require(name);
        if (tenant.State is TenantState.Running or TenantState.Initializing)
        {
            throw new TenantException($"Disable tenant '{name}' before removing it.");
        }

        await ForgetAsync(tenant, dropPostgres: true, ct);
    }

    private async Task ForgetAsync(TenantSettings tenant, bool dropPostgres, CancellationToken ct)
    {
        store.Remove(tenant.Name);
        if (tenant.DatabaseProvider == DatabaseProvider.Sqlite)
        {
            SqliteConnection.ClearAllPools();
            var folder = paths.SiteFolder(tenant.Name);
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }

            return;
        }

        if (!dropPostgres)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        var builder = new NpgsqlConnectionStringBuilder(tenant.ConnectionString);
        var database = builder.Database;
        builder.Database = "postgres";
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync(ct);
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database?.Replace("\"", "\"\"", StringComparison.Ordinal)}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync(ct);
    }

    private void Change(string name, TenantState from, TenantState to)
    {
        var tenant = Require(name);
        if (tenant.IsDefault)
        {
            throw new TenantException("The Default tenant cannot be disabled.");
        }

        if (tenant.State != from)
        {
            throw new TenantException($"Tenant '{name}' is {tenant.State}, not {from}.");
        }

        store.Save(tenant with { State = to });
    }

    private TenantSettings Require(string name) => store.Find(name) ?? throw new TenantException($"Tenant '{name}' does not exist.");
}
