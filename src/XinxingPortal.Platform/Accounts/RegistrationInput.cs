using System.ComponentModel.DataAnnotations;

namespace XinxingPortal.Platform.Accounts;

/// <summary>A person's own account: they sign in with their email address.</summary>
internal sealed class RegistrationInput
{
    [Required(ErrorMessage = "Enter your name.")]
    [StringLength(64, ErrorMessage = "Your name has at most 64 characters.")]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = "Enter your email address.")]
    [EmailAddress(ErrorMessage = "Enter a valid email address.")]
    [StringLength(256, ErrorMessage = "An email address has at most 256 characters.")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Enter your mobile number.")]
    [RegularExpression("^1[3-9][0-9]{9}$", ErrorMessage = "Enter an 11-digit mainland mobile number starting with 1.")]
    public string Mobile { get; set; } = "";

    [Required(ErrorMessage = "Enter a new password.")]
    [DataType(DataType.Password)]
    public string Password { get; set; } = "";

    [Compare(nameof(Password), ErrorMessage = "The two new passwords differ.")]
    [DataType(DataType.Password)]
    public string ConfirmPassword { get; set; } = "";

    [Range(typeof(bool), "true", "true", ErrorMessage = "Agree to the privacy notice to register.")]
    public bool Consent { get; set; }
}
