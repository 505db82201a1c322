using Microsoft.Extensions.DependencyInjection;
using XinxingPortal.Platform.Features;

namespace XinxingPortal.Platform.Tenants;

/// <summary>Opens a DI scope that works for a given tenant outside a request (setup, command line, admin).</summary>
internal sealed class TenantScopeFactory(IServiceScopeFactory scopes)
{
    public async Task<AsyncServiceScope> CreateAsync(TenantSettings tenant, bool loadFeatures = true)
    {
        var scope = scopes.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<TenantContext>();
        context.Bind(tenant);
        if (loadFeatures)
        {
            context.SetEnabledFeatures(await scope.ServiceProvider.GetRequiredService<FeatureService>().GetEnabledAsync());
        }

        return scope;
    }
}
