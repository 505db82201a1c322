using System.ComponentModel.DataAnnotations;

namespace XinxingPortal.TechTransfer.Challenges.Admin;

/// <summary>The 公示: which shortlisted application wins, how many days objections are taken, and a note.</summary>
internal sealed class AnnouncementInput
{
    public const int DefaultObjectionDays = 7;

    [Required(ErrorMessage = "Choose one of the shortlisted applications.")]
    public string? WinnerId { get; set; }

    [Range(1, 30, ErrorMessage = "The objection period is 1 to 30 days.")]
    public int ObjectionDays { get; set; } = DefaultObjectionDays;

    [StringLength(2000, ErrorMessage = "The note has at most 2,000 characters.")]
    [PlainText(ErrorMessage = "The note must not contain HTML.")]
    public string? Note { get; set; }
}
