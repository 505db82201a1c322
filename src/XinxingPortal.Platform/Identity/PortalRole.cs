using Microsoft.AspNetCore.Identity;

namespace XinxingPortal.Platform.Identity;

internal sealed class PortalRole : IdentityRole
{
    public string Description { get; set; } = "";
}
