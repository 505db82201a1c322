using System.ComponentModel.DataAnnotations;

namespace XinxingPortal.Platform.Accounts;

internal sealed class ForgotPasswordInput
{
    [Required(ErrorMessage = "Enter your email address.")]
    [EmailAddress(ErrorMessage = "Enter a valid email address.")]
    [StringLength(256, ErrorMessage = "An email address has at most 256 characters.")]
    public string Email { get; set; } = "";
}
