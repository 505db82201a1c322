using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http;

namespace XinxingPortal.TechTransfer.Organisations;

/// <summary>What an organisation tells the bureau about itself: on registering, and again after a rejection.</summary>
internal abstract class OrganisationDetailsInput
{
    [Required(ErrorMessage = "Enter the organisation's name as on its licence.")]
    [StringLength(128, ErrorMessage = "The name has at most 128 characters.")]
    [PlainText]
    public string Name { get; set; } = "";

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

    public IFormFile? Licence { get; set; }
}
