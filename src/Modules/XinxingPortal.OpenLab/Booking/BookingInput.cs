using System.ComponentModel.DataAnnotations;

namespace XinxingPortal.OpenLab.Booking;

/// <summary>The booking form. Times are Beijing wall-clock times as a datetime-local field sends them.</summary>
internal sealed class BookingInput
{
    [Required(ErrorMessage = "Give the start time.")]
    public DateTime? Start { get; set; }

    [Required(ErrorMessage = "Give the end time.")]
    public DateTime? End { get; set; }

    [Required(ErrorMessage = "Say what you will use the instrument for.")]
    [StringLength(500, ErrorMessage = "The purpose has at most 500 characters.")]
    [PlainText]
    public string? Purpose { get; set; }

    [Range(0, 10_000, ErrorMessage = "The number of samples is between 0 and 10,000.")]
    public int SampleCount { get; set; }

    [StringLength(200, ErrorMessage = "The project has at most 200 characters.")]
    [PlainText]
    public string? Project { get; set; }

    [StringLength(128, ErrorMessage = "The organisation has at most 128 characters.")]
    [PlainText]
    public string? Organisation { get; set; }

    /// <summary>The id of a verified organisation the user books for; empty books as themselves. Checked by the desk.</summary>
    [StringLength(64, ErrorMessage = "You can book only on behalf of a verified organisation you belong to.")]
    public string? OnBehalfOf { get; set; }
}
