namespace XinxingPortal.Platform.Localization;

/// <summary>Tells the localization system which tenant the current request belongs to.</summary>
internal interface ITenantNameSource
{
    string CurrentTenantName { get; }
}
