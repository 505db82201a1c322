using Microsoft.Extensions.Logging.Abstractions;
using XinxingPortal.Platform.Background;
using XinxingPortal.Platform.Cluster;
using XinxingPortal.Platform.Tenants;

namespace XinxingPortal.UnitTests.Kernel;

/// <summary>
/// A worker with a first round (the change feed) leaves the first moments after a start to the visitors, then works
/// through every tenant without waiting for a signal; a signal meanwhile is answered at once for its tenant alone.
/// </summary>
public sealed class TenantWorkerFirstRoundTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("xp-worker").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public async Task A_signal_during_the_quiet_start_is_answered_alone_and_the_full_round_follows_without_one()
    {
        var tenants = new TenantSettingsStore(new PortalPaths(root, root, root), new SilentBus());
        tenants.Save(new TenantSettings { Name = "Default", State = TenantState.Running });
        tenants.Save(new TenantSettings { Name = "kepu", RequestUrlPrefix = "kepu", State = TenantState.Running });
        var signal = new Signal();
        var worker = new RecordingWorker(signal, tenants, TimeSpan.FromSeconds(2));

        await worker.StartAsync(CancellationToken.None);
        signal.Notify("kepu");
        var answered = await worker.NextAsync();
        var alone = worker.Calls.ToArray();
        await Task.WhenAll(worker.NextAsync(), worker.NextAsync());
        await worker.StopAsync(CancellationToken.None);

        Assert.Equal(["kepu"], alone.Select(c => c.Tenant));
        Assert.True(answered < TimeSpan.FromSeconds(1.5), $"the signal waited {answered.TotalMilliseconds} ms");
        Assert.Equal(["Default", "kepu"], worker.Calls.Skip(1).Select(c => c.Tenant).Order());
        Assert.All(worker.Calls.Skip(1), c => Assert.True(c.At >= TimeSpan.FromSeconds(2), $"the full round came at {c.At.TotalMilliseconds} ms"));
    }

    private sealed class Signal : TenantSignal;

    private sealed class SilentBus : ClusterBus
    {
        public override void Publish(ClusterTopic topic, string tenant)
        {
        }
    }

    private sealed class RecordingWorker(TenantSignal signal, TenantSettingsStore tenants, TimeSpan firstRound)
        : TenantWorker(signal, tenants, NullLogger.Instance)
    {
        private readonly System.Diagnostics.Stopwatch clock = System.Diagnostics.Stopwatch.StartNew();
        private readonly System.Threading.Channels.Channel<TimeSpan> done = System.Threading.Channels.Channel.CreateUnbounded<TimeSpan>();

        public List<(string Tenant, TimeSpan At)> Calls { get; } = [];

        protected override TimeSpan Round => TimeSpan.FromHours(1);

        protected override TimeSpan? FirstRound => firstRound;

        /// <summary>When the next piece of work was done, measured from the worker's creation.</summary>
        public async Task<TimeSpan> NextAsync()
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            return await done.Reader.ReadAsync(timeout.Token);
        }

        internal override Task<bool> WorkAsync(TenantSettings tenant, CancellationToken ct)
        {
            lock (Calls)
            {
                Calls.Add((tenant.Name, clock.Elapsed));
            }

            done.Writer.TryWrite(clock.Elapsed);
            return Task.FromResult(false);
        }
    }
}
