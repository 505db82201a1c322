using System.ComponentModel.DataAnnotations;

namespace XinxingPortal.Platform.UserAdmin;

internal sealed class InviteInput
{
    [Required(ErrorMessage = "Enter a user name.")]
    [RegularExpression("^[A-Za-z0-9._@+-]{2,64}$", ErrorMessage = "A user name has 2 to 64 letters, digits or . _ @ + -.")]
    public string UserName { get; set; } = "";

    [StringLength(64, ErrorMessage = "A name has at most 64 characters.")]
    public string? DisplayName { get; set; }

    [Required(ErrorMessage = "Enter an email address.")]
    [EmailAddress(ErrorMessage = "Enter a valid email address.")]
    [StringLength(256, ErrorMessage = "An email address has at most 256 characters.")]
    public string Email { get; set; } = "";

    /// <summary>The language of the invitation and of later mail.</summary>
    [Required]
    public string Culture { get; set; } = "zh-CN";

    public List<string> Roles { get; set; } = [];
}
