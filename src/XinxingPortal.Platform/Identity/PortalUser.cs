using Microsoft.AspNetCore.Identity;

namespace XinxingPortal.Platform.Identity;

internal sealed class PortalUser : IdentityUser
{
    public DateTime CreatedUtc { get; set; }
}
