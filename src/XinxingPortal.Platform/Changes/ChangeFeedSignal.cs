using XinxingPortal.Platform.Background;

namespace XinxingPortal.Platform.Changes;

/// <summary>Wakes the change-feed dispatcher when a tenant's changes have committed.</summary>
internal sealed class ChangeFeedSignal : TenantSignal;
