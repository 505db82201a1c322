using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http;

namespace XinxingPortal.TechTransfer.Organisations;

/// <summary>Self-registration of an enterprise or 事业单位 and its first account.</summary>
internal sealed class JoinInput
{
    public OrganisationKind Kind { get; set; }

    [Required(ErrorMessage = "Enter the organisation's name as on its licence.")]
    [StringLength(128, ErrorMessage = "The name has at most 128 characters.")]
    [PlainText]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = "Enter the unified social credit code.")]
    public string CreditCode { get; set; } = "";

    [Required(ErrorMessage = "Enter the contact person's name.")]
    [StringLength(64, ErrorMessage = "The contact's name has at most 64 characters.")]
    [PlainText]
    public string ContactName { get; set; } = "";

    [Required(ErrorMessage = "Enter your mobile number.")]
    [RegularExpression("^1[3-9][0-9]{9}$", ErrorMessage = "Enter an 11-digit mainland mobile number starting with 1.")]
    public string ContactMobile { get; set; } = "";

    [Required(ErrorMessage = "Enter your email address.")]
    [EmailAddress(ErrorMessage = "Enter a valid email address.")]
    [StringLength(256, ErrorMessage = "An email address has at most 256 characters.")]
    public string ContactEmail { get; set; } = "";

    [Required(ErrorMessage = "Choose a user name.")]
    [RegularExpression("^[A-Za-z0-9_.-]{3,32}$", ErrorMessage = "A user name has 3 to 32 letters, digits, '.', '-' or '_'.")]
    public string UserName { get; set; } = "";

    [Required(ErrorMessage = "Choose a password.")]
    [StringLength(128, MinimumLength = 10, ErrorMessage = "A password has at least 10 characters.")]
    public string Password { get; set; } = "";

    [Compare(nameof(Password), ErrorMessage = "The two passwords differ.")]
    public string ConfirmPassword { get; set; } = "";

    public IFormFile? Licence { get; set; }

    [Range(typeof(bool), "true", "true", ErrorMessage = "Confirm that the details are true and may be checked by the bureau.")]
    public bool Consent { get; set; }
}
