using System.ComponentModel.DataAnnotations;

namespace XinxingPortal.Outreach.Registrations;

internal sealed class RegistrationInput
{
    public const int MaxParty = 6;

    [Required(ErrorMessage = "Enter your name.")]
    [StringLength(64, ErrorMessage = "Your name has at most 64 characters.")]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = "Enter your mobile number.")]
    [RegularExpression("^1[3-9][0-9]{9}$", ErrorMessage = "Enter an 11-digit mainland mobile number starting with 1.")]
    public string Mobile { get; set; } = "";

    [Required(ErrorMessage = "Enter your email address.")]
    [EmailAddress(ErrorMessage = "Enter a valid email address.")]
    [StringLength(256, ErrorMessage = "An email address has at most 256 characters.")]
    public string Email { get; set; } = "";

    [Range(1, MaxParty, ErrorMessage = "A party has 1 to 6 people.")]
    public int PartySize { get; set; } = 1;

    [Range(typeof(bool), "true", "true", ErrorMessage = "Agree to the use of your details for this event to register.")]
    public bool Consent { get; set; }
}
