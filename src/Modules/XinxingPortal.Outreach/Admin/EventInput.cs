using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using System.ComponentModel.DataAnnotations;

namespace XinxingPortal.Outreach.Admin;

/// <summary>The event form; times are typed in Beijing time.</summary>
internal sealed class EventInput
{
    /// <summary>The event being edited and the venues to choose from; set by the controller, never bound from a post.</summary>
    [BindNever, ValidateNever]
    public EventEditorPage Editor { get; set; } = null!;

    [Required(ErrorMessage = "Enter a title.")]
    [StringLength(256, ErrorMessage = "A title has at most 256 characters.")]
    public string Title { get; set; } = "";

    [Required(ErrorMessage = "Enter an address (slug).")]
    [RegularExpression("^[a-z0-9][a-z0-9-]{0,127}$", ErrorMessage = "An address has lower-case letters, digits and '-'.")]
    public string Slug { get; set; } = "";

    public string? VenueSet { get; set; }

    [Url(ErrorMessage = "Enter a full web address.")]
    public string? OnlineUrl { get; set; }

    [Required(ErrorMessage = "Enter the start time.")]
    public DateTime? Start { get; set; }

    [Required(ErrorMessage = "Enter the end time.")]
    public DateTime? End { get; set; }

    [Range(1, 100_000, ErrorMessage = "Capacity is between 1 and 100000.")]
    public int Capacity { get; set; } = 30;

    [Required(ErrorMessage = "Enter when registration opens.")]
    public DateTime? RegistrationOpens { get; set; }

    [Required(ErrorMessage = "Enter when registration closes.")]
    public DateTime? RegistrationCloses { get; set; }

    [StringLength(128, ErrorMessage = "The audience has at most 128 characters.")]
    public string? Audience { get; set; }

    public string? Description { get; set; }
}
