namespace XinxingPortal.Abstractions.Jobs;

/// <summary>
/// Makes a piece of background work run on one web node at a time: the mail dispatch, the change feed's shared
/// consumers, tenant setup, a module's scheduled job (such as marking no-shows). In-process on one machine; held in
/// Redis when <c>Portal:Redis</c> is set, so it holds across every node. A node that dies loses its lock within
/// seconds, so another node takes the work over.
/// </summary>
public interface IJobLock
{
    /// <summary>
    /// The lock named <paramref name="name"/> (e.g. "outbox:Default"), held until the returned handle is disposed;
    /// null when another holder kept it for all of <paramref name="wait"/>.
    /// </summary>
    Task<IAsyncDisposable?> TryAcquireAsync(string name, TimeSpan wait, CancellationToken ct = default);
}
