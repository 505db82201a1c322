namespace XinxingPortal.Platform.Tenants;

/// <summary>A tenant operation refused; the message says why in words an administrator can act on.</summary>
internal sealed class TenantException(string message) : Exception(message);
