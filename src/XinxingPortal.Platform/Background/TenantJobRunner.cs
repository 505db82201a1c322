using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using XinxingPortal.Abstractions.Jobs;
using XinxingPortal.Platform.Tenants;

namespace XinxingPortal.Platform.Background;

/// <summary>Nothing signals the periodic jobs: they run by the clock, each round.</summary>
internal sealed class TenantJobSignal : TenantSignal;

/// <summary>
/// Runs the modules' <see cref="ITenantJob"/>s for every running tenant, each round (<c>Portal:Jobs:Round</c>, one
/// minute by default). A job runs on one node at a time: a node that finds the job's lock taken skips it this round.
/// </summary>
internal sealed class TenantJobRunner(
    TenantJobSignal signal, TenantSettingsStore tenants, TenantScopeFactory scopes, IConfiguration configuration, IJobLock locks,
    ILogger<TenantJobRunner> logger) : TenantWorker(signal, tenants, logger)
{
    protected override TimeSpan Round =>
        TimeSpan.TryParse(configuration["Portal:Jobs:Round"], System.Globalization.CultureInfo.InvariantCulture, out var round) ? round : TimeSpan.FromMinutes(1);

    internal override async Task<bool> WorkAsync(TenantSettings tenant, CancellationToken ct)
    {
        List<string> due;
        await using (var scope = await scopes.CreateAsync(tenant))
        {
            var context = scope.ServiceProvider.GetRequiredService<TenantContext>();
            due = [.. scope.ServiceProvider.GetServices<ITenantJob>().Where(j => context.IsFeatureEnabled(j.FeatureId)).Select(j => j.Name)];
        }

        foreach (var name in due)
        {
            await RunAsync(tenant, name, ct);
        }

        return false;
    }

    /// <summary>Runs one job for one tenant in its own scope, unless another node holds it; a failure stays with that job.</summary>
    internal async Task RunAsync(TenantSettings tenant, string name, CancellationToken ct)
    {
        await using var held = await locks.TryAcquireAsync($"job:{tenant.Name.ToLowerInvariant()}:{name}", TimeSpan.Zero, ct);
        if (held is null)
        {
            return;
        }

        try
        {
            await using var scope = await scopes.CreateAsync(tenant);
            await scope.ServiceProvider.GetServices<ITenantJob>().First(j => j.Name == name).RunAsync(ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Job {Job} failed for tenant {Tenant}", name, tenant.Name);
        }
    }
}
