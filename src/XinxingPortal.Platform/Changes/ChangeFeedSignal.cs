using XinxingPortal.Platform.Background;
using XinxingPortal.Platform.Cluster;

namespace XinxingPortal.Platform.Changes;

/// <summary>
/// Wakes the change-feed dispatcher when a tenant's changes have committed, on every node: a consumer that keeps
/// something per node (a search index, an output cache in memory) must hear of a change made through another node.
/// </summary>
internal sealed class ChangeFeedSignal : TenantSignal
{
    public ChangeFeedSignal(ClusterBus bus)
        : base(tenant => bus.Publish(ClusterTopic.ChangesCommitted, tenant)) =>
        bus.On(ClusterTopic.ChangesCommitted, NotifyHere);
}
