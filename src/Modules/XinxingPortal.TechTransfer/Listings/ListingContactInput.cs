using System.ComponentModel.DataAnnotations;

namespace XinxingPortal.TechTransfer.Listings;

/// <summary>The contact a listing shows to verified organisations; outcome and demand forms share it.</summary>
internal abstract class ListingContactInput
{
    [Required(ErrorMessage = "Enter the contact person's name.")]
    [StringLength(64, ErrorMessage = "The contact's name has at most 64 characters.")]
    [PlainText]
    public string ContactName { get; set; } = "";

    [Required(ErrorMessage = "Enter a contact telephone number.")]
    [RegularExpression(@"^[0-9+\- ]{7,20}$", ErrorMessage = "Enter a telephone number of digits, spaces, '+' and '-'.")]
    public string ContactPhone { get; set; } = "";

    [Required(ErrorMessage = "Enter your email address.")]
    [EmailAddress(ErrorMessage = "Enter a valid email address.")]
    [StringLength(256, ErrorMessage = "An email address has at most 256 characters.")]
    public string ContactEmail { get; set; } = "";
}
