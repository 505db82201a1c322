using System.Diagnostics;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using XinxingPortal.Platform.Tenants;

namespace XinxingPortal.Platform.Background;

/// <summary>
/// A background job that works through every running tenant's database: at once for the tenant a commit signalled,
/// otherwise every round. The mail dispatcher and the change-feed dispatcher are two of these.
/// </summary>
internal abstract class TenantWorker(TenantSignal signal, TenantSettingsStore tenants, ILogger logger) : BackgroundService
{
    protected virtual TimeSpan Round => TimeSpan.FromSeconds(15);

    /// <summary>
    /// When set, the first full round comes this long after the start instead of a round later (signals are answered
    /// meanwhile as always).
    /// </summary>
    protected virtual TimeSpan? FirstRound => null;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var started = Stopwatch.GetTimestamp();
        var firstRoundDue = FirstRound is not null;
        while (!stoppingToken.IsCancellationRequested)
        {
            var wait = firstRoundDue ? TimeSpan.FromTicks(Math.Max(0, (FirstRound!.Value - Stopwatch.GetElapsedTime(started)).Ticks)) : Round;
            var woken = await signal.WaitAsync(wait, stoppingToken);
            firstRoundDue &= woken is not null;
            var due = tenants.All.Where(t => t.State == TenantState.Running && (woken is null || t.Name == woken)).ToList();
            // A tenant whose work was cut short (a long catch-up) gets another turn after the others had theirs, so one
            // tenant's backlog never holds another's fresh work for longer than a turn.
            while (due.Count > 0)
            {
                var unfinished = new List<TenantSettings>();
                foreach (var tenant in due)
                {
                    try
                    {
                        if (await WorkAsync(tenant, stoppingToken))
                        {
                            unfinished.Add(tenant);
                        }
                    }
                    catch (Exception ex) when (ex is not OperationCanceledException)
                    {
                        logger.LogError(ex, "{Worker} failed for tenant {Tenant}", GetType().Name, tenant.Name);
                    }
                }

                due = unfinished;
            }
        }
    }

    /// <summary>Does one turn of the tenant's work; true when it stopped with more waiting (it is called again soon).</summary>
    internal abstract Task<bool> WorkAsync(TenantSettings tenant, CancellationToken ct);
}
