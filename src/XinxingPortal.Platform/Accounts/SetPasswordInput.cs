using System.ComponentModel.DataAnnotations;

namespace XinxingPortal.Platform.Accounts;

/// <summary>A new password chosen from a mailed link (a reset or an invitation).</summary>
internal sealed class SetPasswordInput
{
    public string User { get; set; } = "";
    public string Token { get; set; } = "";

    [Required(ErrorMessage = "Enter a new password.")]
    [DataType(DataType.Password)]
    public string Password { get; set; } = "";

    [Compare(nameof(Password), ErrorMessage = "The two new passwords differ.")]
    [DataType(DataType.Password)]
    public string ConfirmPassword { get; set; } = "";
}
