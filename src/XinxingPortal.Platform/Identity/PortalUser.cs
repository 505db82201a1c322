using Microsoft.AspNetCore.Identity;

namespace XinxingPortal.Platform.Identity;

internal sealed class PortalUser : IdentityUser
{
    public DateTime CreatedUtc { get; set; }

    /// <summary>The person's name as they gave it (self-registration) or as an administrator typed it (invitation).</summary>
    public string DisplayName { get; set; } = "";

    /// <summary>The language mail to this person is written in: the one they registered or were invited in.</summary>
    public string Culture { get; set; } = "zh-CN";

    public AccountState State { get; set; }

    public DateTime? LastSignInUtc { get; set; }
}
