using System.ComponentModel.DataAnnotations;

namespace XinxingPortal.TechTransfer.Organisations;

/// <summary>Self-registration of an enterprise or 事业单位 and its first account.</summary>
internal sealed class JoinInput : OrganisationDetailsInput
{
    public OrganisationKind Kind { get; set; }

    [Required(ErrorMessage = "Enter the unified social credit code.")]
    public string CreditCode { get; set; } = "";

    [Required(ErrorMessage = "Choose a user name.")]
    [RegularExpression("^[A-Za-z0-9_.-]{3,32}$", ErrorMessage = "A user name has 3 to 32 letters, digits, '.', '-' or '_'.")]
    public string UserName { get; set; } = "";

    [Required(ErrorMessage = "Choose a password.")]
    [StringLength(128, MinimumLength = 10, ErrorMessage = "A password has at least 10 characters.")]
    public string Password { get; set; } = "";

    [Compare(nameof(Password), ErrorMessage = "The two passwords differ.")]
    public string ConfirmPassword { get; set; } = "";

    [Range(typeof(bool), "true", "true", ErrorMessage = "Confirm that the details are true and may be checked by the bureau.")]
    public bool Consent { get; set; }
}
