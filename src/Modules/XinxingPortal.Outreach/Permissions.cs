using XinxingPortal.Abstractions.Security;

namespace XinxingPortal.Outreach;

internal sealed class Permissions : IPermissionProvider
{
    public const string ManageEvents = "Outreach.ManageEvents";

    public IEnumerable<Permission> GetPermissions() =>
        [new(ManageEvents, "Organise outreach events: see and export their registrations, cancel or postpone them", OutreachFeature.Id)];
}
