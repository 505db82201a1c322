using XinxingPortal.Platform.Background;

namespace XinxingPortal.Platform.Email;

/// <summary>Wakes the mail dispatcher when a tenant's queued mail has committed.</summary>
internal sealed class OutboxSignal : TenantSignal;
