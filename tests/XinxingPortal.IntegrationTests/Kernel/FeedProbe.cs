using System.Collections.Concurrent;
using XinxingPortal.Abstractions.Auditing;
using XinxingPortal.Abstractions.Changes;
using XinxingPortal.Abstractions.Workflow;
using XinxingPortal.Pages.Data;

namespace XinxingPortal.IntegrationTests.Kernel;

/// <summary>What the change-feed tests plant in the host: items to fail on, and a consumer that leaves a trace.</summary>
public sealed class FeedProbe
{
    public ConcurrentDictionary<string, bool> PoisonedItems { get; } = new();
    public ConcurrentDictionary<string, bool> PoisonedTransitions { get; } = new();
}

/// <summary>Stages an audit row per change it reads, so what it saw commits with its position, exactly once.</summary>
internal sealed class TracingConsumer(FeedProbe probe, IAuditLog audit) : IChangeFeedConsumer
{
    public string Name => "test-tracer";
    public bool PerNode => false;

    public Task HandleAsync(FeedEntry entry, CancellationToken ct)
    {
        if (probe.PoisonedItems.ContainsKey(entry.Change.ItemId))
        {
            throw new InvalidOperationException("poisoned change " + entry.Change.ItemId);
        }

        audit.Record("feed.seen", $"{entry.Change.ItemId}:{entry.Change.Kind}", entry.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return Task.CompletedTask;
    }
}

/// <summary>Fails a page's transition after the kernel has staged it: a crash between publishing and the audit.</summary>
internal sealed class FailingPageHandler(FeedProbe probe) : IWorkflowHandler<Page>
{
    public Task OnTransitionAsync(WorkflowTransition<Page> transition, CancellationToken ct) =>
        probe.PoisonedTransitions.ContainsKey(transition.ItemId) ? throw new IOException("the disk went away") : Task.CompletedTask;
}

/// <summary>Reads every change and keeps nothing: its position alone shows how far a turn took it.</summary>
internal sealed class ReadingConsumer : IChangeFeedConsumer
{
    public string Name => "test-reader";
    public bool PerNode => true;

    public Task HandleAsync(FeedEntry entry, CancellationToken ct) => Task.CompletedTask;
}
