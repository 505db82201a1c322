using XinxingPortal.Abstractions.Recipes;
using XinxingPortal.Platform.Tenants;

namespace XinxingPortal.Platform.Recipes.Steps;

/// <summary>Registers tenants (Default tenant only). Existing tenants keep their state; files change after commit.</summary>
internal sealed class TenantsStep(TenantSettingsStore store, TenantContext current, RecipeCatalog recipes, TenantRouteGuard guard) : IRecipeStepHandler
{
    public string StepName => "tenants";
    public string FeatureId => PlatformFeatures.Tenants;

    public Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        if (!current.IsDefault)
        {
            throw context.Error("", "only the Default tenant can register tenants");
        }

        var model = context.Read<Model>();
        var wanted = new List<TenantSettings>();
        for (var i = 0; i < model.Tenants.Count; i++)
        {
            var entry = model.Tenants[i];
            if (!recipes.Exists(entry.Recipe))
            {
                throw context.Error($".tenants[{i}].recipe", $"there is no recipe named '{entry.Recipe}'");
            }

            var existing = store.Find(entry.Name);
            var tenant = new TenantSettings
            {
                Name = entry.Name,
                State = existing?.State ?? TenantState.Uninitialized,
                RequestUrlPrefix = entry.RequestUrlPrefix ?? "",
                RequestUrlHosts = entry.RequestUrlHosts ?? [],
                DatabaseProvider = entry.DatabaseProvider ?? DatabaseProvider.Sqlite,
                ConnectionString = entry.ConnectionString ?? "",
                RecipeName = entry.Recipe,
            };
            var problem = TenantRules.Check(tenant, store.All.Where(t => t.Name != tenant.Name)) ?? guard.Check(tenant, store.All);
            if (problem is not null)
            {
                throw context.Error($".tenants[{i}]", problem);
            }

            if (existing is null || !TenantRules.SameRegistration(existing, tenant))
            {
                wanted.Add(tenant);
            }
        }

        context.AfterCommit(() =>
        {
            wanted.ForEach(store.Save);
            return Task.CompletedTask;
        });
        return Task.CompletedTask;
    }

    private sealed record Entry(
        string Name,
        string Recipe,
        string? RequestUrlPrefix = null,
        IReadOnlyList<string>? RequestUrlHosts = null,
        DatabaseProvider? DatabaseProvider = null,
        string? ConnectionString = null);

    private sealed record Model(IReadOnlyList<Entry> Tenants);
}
