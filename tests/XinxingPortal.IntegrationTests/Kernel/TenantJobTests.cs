using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using XinxingPortal.Abstractions.Jobs;
using XinxingPortal.Abstractions.Tenants;
using XinxingPortal.IntegrationTests.Infrastructure;
using XinxingPortal.Platform.Background;
using XinxingPortal.Platform.Tenants;

namespace XinxingPortal.IntegrationTests.Kernel;

/// <summary>
/// The kernel's periodic tenant jobs: the worker runs each registered job every round for a tenant whose feature is
/// on, never where it is off, and skips a round while another holder (another node) has the job's lock.
/// </summary>
public sealed class TenantJobTests : IDisposable
{
    private readonly PortalFactory portal = new();
    private readonly Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> host;
    private readonly JobRuns runs = new();

    public TenantJobTests()
    {
        portal.Settings["Portal:Jobs:Round"] = "00:00:00.2";
        host = portal.WithWebHostBuilder(builder => builder.ConfigureServices(services =>
        {
            services.AddSingleton(runs);
            services.AddScoped<ITenantJob>(sp => new ProbeJob("probe-on", "XinxingPortal.Core", sp.GetRequiredService<ITenantContext>(), runs));
            services.AddScoped<ITenantJob>(sp => new ProbeJob("probe-off", "XinxingPortal.NoSuchFeature", sp.GetRequiredService<ITenantContext>(), runs));
        }));
        host.CreateClient().GetAsync("/").GetAwaiter().GetResult().EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task A_job_runs_each_round_where_its_feature_is_on_and_waits_while_another_node_holds_it()
    {
        await WaitAsync(() => runs.Count("probe-on@Default") >= 2);
        Assert.Equal(0, runs.Count("probe-off@Default"));

        var locks = host.Services.GetRequiredService<IJobLock>();
        var runner = host.Services.GetServices<IHostedService>().OfType<TenantJobRunner>().Single();
        var tenant = host.Services.GetRequiredService<TenantSettingsStore>().Find("Default")!;
        await using (var held = await locks.TryAcquireAsync("job:default:probe-on", TimeSpan.FromSeconds(5)))
        {
            // Holding the lock means no run is under way (a run holds it from start to end), so the count is still.
            Assert.NotNull(held);
            var before = runs.Count("probe-on@Default");
            await runner.RunAsync(tenant, "probe-on", default);
            Assert.Equal(before, runs.Count("probe-on@Default"));
        }

        var released = runs.Count("probe-on@Default");
        await runner.RunAsync(tenant, "probe-on", default);
        Assert.True(runs.Count("probe-on@Default") > released);
    }

    public void Dispose()
    {
        host.Dispose();
        portal.Dispose();
    }

    private static async Task WaitAsync(Func<bool> done)
    {
        for (var i = 0; i < 200 && !done(); i++)
        {
            await Task.Delay(50);
        }

        Assert.True(done());
    }

    internal sealed class JobRuns
    {
        private readonly ConcurrentDictionary<string, int> counts = new();

        public void Add(string key) => counts.AddOrUpdate(key, 1, (_, n) => n + 1);

        public int Count(string key) => counts.GetValueOrDefault(key);
    }

    private sealed class ProbeJob(string name, string feature, ITenantContext tenant, JobRuns runs) : ITenantJob
    {
        public string Name => name;

        public string FeatureId => feature;

        public Task RunAsync(CancellationToken ct)
        {
            runs.Add($"{name}@{tenant.Name}");
            return Task.CompletedTask;
        }
    }
}
