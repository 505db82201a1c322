using XinxingPortal.Abstractions.Navigation;
using XinxingPortal.Platform.Admin.Activity;
using XinxingPortal.Platform.Modules;

namespace XinxingPortal.Platform.Admin;

internal sealed record DashboardModel(
    string Tenant,
    IReadOnlyList<AdminMenuItem> Menu,
    IReadOnlyList<FeatureDescriptor> EnabledFeatures,
    IReadOnlyList<ActivityRow> RecentActivity);
