using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using System.ComponentModel.DataAnnotations;

namespace XinxingPortal.Platform.Accounts;

/// <summary>A new password chosen from a mailed link (a reset or an invitation).</summary>
internal sealed class SetPasswordInput
{
    /// <summary>Whose account the link is for and whether it is an invitation; set by the controller, never bound from a post.</summary>
    [BindNever, ValidateNever]
    public PasswordLinkHolder Holder { get; set; } = null!;

    public string User { get; set; } = "";
    public string Token { get; set; } = "";

    [Required(ErrorMessage = "Enter a new password.")]
    [DataType(DataType.Password)]
    public string Password { get; set; } = "";

    [Compare(nameof(Password), ErrorMessage = "The two new passwords differ.")]
    [DataType(DataType.Password)]
    public string ConfirmPassword { get; set; } = "";
}

/// <summary>The account a password link was sent for, shown above the form so the person knows which account they set.</summary>
internal sealed record PasswordLinkHolder(string? UserName, bool Invitation);
