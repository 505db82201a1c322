using XinxingPortal.Abstractions.Security;

namespace XinxingPortal.OpenLab;

internal sealed class Permissions : IPermissionProvider
{
    public const string Manage = "OpenLab.Manage";
    public const string Review = "OpenLab.Review";

    public IEnumerable<Permission> GetPermissions() =>
    [
        new(Manage, "Manage labs and instruments: draft them, set booking rules, decide bookings, record use, grant qualifications", OpenLabFeature.Id),
        new(Review, "Review and publish labs and instruments drafted by lab managers", OpenLabFeature.Id),
    ];
}
