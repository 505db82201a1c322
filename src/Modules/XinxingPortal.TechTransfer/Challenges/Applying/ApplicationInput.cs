using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http;

namespace XinxingPortal.TechTransfer.Challenges.Applying;

/// <summary>The 揭榜申请 form. The plan is plain text; files are checked by their content, not their names.</summary>
internal sealed class ApplicationInput
{
    public const int MaxPlan = 8000;

    [Required(ErrorMessage = "Enter the team's name.")]
    [StringLength(128, ErrorMessage = "A team name has at most 128 characters.")]
    [PlainText(ErrorMessage = "The team name must not contain HTML.")]
    public string TeamName { get; set; } = "";

    [Required(ErrorMessage = "Enter the team leader's name.")]
    [StringLength(64, ErrorMessage = "The leader's name has at most 64 characters.")]
    [PlainText(ErrorMessage = "The leader's name must not contain HTML.")]
    public string Leader { get; set; } = "";

    [Required(ErrorMessage = "Describe how your team will meet the challenge.")]
    [StringLength(MaxPlan, ErrorMessage = "The plan has at most 8,000 characters.")]
    [PlainText(ErrorMessage = "The plan must not contain HTML.")]
    public string Plan { get; set; } = "";

    /// <summary>New files; with the ones kept, at most three.</summary>
    public List<IFormFile> Files { get; set; } = [];

    /// <summary>Ids of already attached files to drop when a returned application is edited.</summary>
    public List<string> RemoveFiles { get; set; } = [];
}
