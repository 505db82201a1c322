namespace XinxingPortal.Platform.Tenants;

internal enum TenantState
{
    Uninitialized,
    Initializing,
    Running,
    Disabled,
}
