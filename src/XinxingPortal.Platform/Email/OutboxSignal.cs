using System.Threading.Channels;

namespace XinxingPortal.Platform.Email;

/// <summary>Wakes the dispatcher when a tenant has queued mail, instead of waiting for its next round.</summary>
internal sealed class OutboxSignal
{
    private readonly Channel<string> tenants = Channel.CreateUnbounded<string>();

    public void Notify(string tenant) => tenants.Writer.TryWrite(tenant);

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
