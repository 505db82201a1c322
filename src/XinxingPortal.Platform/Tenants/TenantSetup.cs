using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using XinxingPortal.Abstractions.Jobs;
using XinxingPortal.Abstractions.Security;
using XinxingPortal.Platform.Data;
using XinxingPortal.Platform.Identity;
using XinxingPortal.Platform.Recipes;
using XinxingPortal.Platform.Recipes.Steps;

namespace XinxingPortal.Platform.Tenants;

/// <summary>
/// Turns an Uninitialized tenant into a Running one: migrate its database, run its recipe, create its
/// administrator. A per-tenant job lock makes sure concurrent first requests never run setup twice, on any node.
/// </summary>
internal sealed class TenantSetup(
    TenantSettingsStore store, TenantScopeFactory scopes, IJobLock locks, TimeProvider time, Changes.ChangeFeedSignal changes, ILogger<TenantSetup> logger)
{
    public static string LockName(string tenant) => "setup:" + tenant.ToLowerInvariant();

    /// <summary>False when another caller is already setting the tenant up.</summary>
    public async Task<bool> TrySetupAsync(string tenantName, Func<AdminAccount> admin, CancellationToken ct = default)
    {
        await using var held = await locks.TryAcquireAsync(LockName(tenantName), TimeSpan.Zero, ct);
        if (held is null)
        {
            return false;
        }

        // Another node may have finished the setup since this node last read the (shared) tenants list.
        store.Reload();
        var tenant = store.Find(tenantName) ?? throw new TenantException($"Tenant '{tenantName}' does not exist.");
        if (tenant.State == TenantState.Uninitialized)
        {
            await SetupAsync(tenant, admin(), ct);
        }

        return true;
    }

    public static async Task MigrateAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<PortalDbContext>();
        // Up to date (every start but the first after an upgrade): skip Migrate, which takes the migration lock and
        // compares the whole model with the last snapshot for each tenant, a good part of the start-up time.
        if (!(await db.Database.GetPendingMigrationsAsync(ct)).Any())
        {
            return;
        }

        await db.Database.MigrateAsync(ct);
    }

    private async Task SetupAsync(TenantSettings tenant, AdminAccount admin, CancellationToken ct)
    {
        logger.LogInformation("Setting up tenant {Tenant} from recipe {Recipe}", tenant.Name, tenant.RecipeName);
        store.Save(tenant with { State = TenantState.Initializing });
        try
        {
            await using (var scope = await scopes.CreateAsync(tenant, loadFeatures: false))
            {
                await MigrateAsync(scope.ServiceProvider, ct);
                var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
                await CheckPasswordAsync(users, admin.Password);
                var roles = scope.ServiceProvider.GetRequiredService<RoleManager<PortalRole>>();
                foreach (var role in PortalRoles.All)
                {
                    if (await roles.RoleExistsAsync(role))
                    {
                        continue;
                    }

                    await RoleWriter.UpsertAsync(roles, role, "", [], m => new TenantException(m));
                }

                var recipe = scope.ServiceProvider.GetRequiredService<RecipeCatalog>().Load(tenant.RecipeName);
                await scope.ServiceProvider.GetRequiredService<RecipeExecutor>().RunAsync(recipe, ct);
                await CreateAdministratorAsync(users, admin);
            }

            store.Save(tenant with { State = TenantState.Running });
            logger.LogInformation("Tenant {Tenant} is running", tenant.Name);
            // The recipe's commits signalled the feed while the tenant was not running yet, so the feed's readers
            // skipped it; wake them now, so they catch up (build a search index) before the first publish needs them.
            changes.Notify(tenant.Name);
        }
        catch
        {
            store.Save(tenant with { State = TenantState.Uninitialized });
            throw;
        }
    }

    private static async Task CheckPasswordAsync(UserManager<PortalUser> users, string password)
    {
        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, new PortalUser(), password);
            if (!result.Succeeded)
            {
                throw new TenantException("The administrator password is too weak: " + string.Join(" ", result.Errors.Select(e => e.Description)));
            }
        }
    }

    private async Task CreateAdministratorAsync(UserManager<PortalUser> users, AdminAccount admin)
    {
        if (await users.FindByNameAsync(admin.UserName) is not null)
        {
            return;
        }

        var user = new PortalUser { UserName = admin.UserName, Email = admin.Email, EmailConfirmed = true, CreatedUtc = time.GetUtcNow().UtcDateTime };
        var created = await users.CreateAsync(user, admin.Password);
        var added = created.Succeeded ? await users.AddToRoleAsync(user, PortalRoles.Administrator) : created;
        if (!added.Succeeded)
        {
            throw new TenantException("The administrator could not be created: " + string.Join(" ", added.Errors.Select(e => e.Description)));
        }
    }
}
