using System.Threading.Channels;

namespace XinxingPortal.Platform.Background;

/// <summary>Wakes a background worker when a tenant has committed work for it, instead of waiting for its next round.</summary>
internal abstract class TenantSignal(Action<string>? relay = null)
{
    private readonly Channel<string> tenants = Channel.CreateUnbounded<string>();

    /// <summary>Wakes this node's worker, and through <c>relay</c> (when given) the same worker on every other node.</summary>
    public void Notify(string tenant)
    {
        NotifyHere(tenant);
        relay?.Invoke(tenant);
    }

    /// <summary>Wakes this node's worker only: the signal came from another node.</summary>
    public void NotifyHere(string tenant) => tenants.Writer.TryWrite(tenant);

    public Task NotifyAsync(string tenant)
    {
        Notify(tenant);
        return Task.CompletedTask;
    }

    public async Task<string?> WaitAsync(TimeSpan timeout, CancellationToken ct)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(ct);
        cts.CancelAfter(timeout);
        try
        {
            return await tenants.Reader.ReadAsync(cts.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return null;
        }
    }
}
