using System.Collections.Concurrent;

namespace XinxingPortal.Platform.Cluster;

/// <summary>
/// Tells the other web nodes that a tenant's shared state changed, so each drops what it cached the moment the change
/// commits. On one machine there is nobody to tell; with <c>Portal:Redis</c> the message goes over Redis pub/sub.
/// A node never receives its own messages: the caller has already applied the change locally.
/// </summary>
internal abstract class ClusterBus
{
    private readonly ConcurrentDictionary<ClusterTopic, Action<string>[]> handlers = new();

    public void On(ClusterTopic topic, Action<string> handler) =>
        handlers.AddOrUpdate(topic, [handler], (_, existing) => [.. existing, handler]);

    public abstract void Publish(ClusterTopic topic, string tenant);

    protected void Deliver(ClusterTopic topic, string tenant)
    {
        foreach (var handler in handlers.GetValueOrDefault(topic) ?? [])
        {
            handler(tenant);
        }
    }
}

/// <summary>What changed: a tenant's cached state, the tenants list, or new changes in a tenant's feed.</summary>
internal enum ClusterTopic
{
    TenantState,
    TenantsList,
    ChangesCommitted,
}

/// <summary>One node: nothing to tell.</summary>
internal sealed class LocalClusterBus : ClusterBus
{
    public override void Publish(ClusterTopic topic, string tenant)
    {
    }
}
