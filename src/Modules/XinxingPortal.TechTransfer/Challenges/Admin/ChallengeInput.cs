using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using System.ComponentModel.DataAnnotations;
using XinxingPortal.TechTransfer.Data;
using XinxingPortal.TechTransfer.Listings;

namespace XinxingPortal.TechTransfer.Challenges.Admin;

/// <summary>The challenge form. All text is plain; 榜额 is typed in 万元.</summary>
internal sealed class ChallengeInput
{
    private const int LongText = 4000;

    /// <summary>The challenge being edited (null for a new one); set by the controller, never bound from a post.</summary>
    [BindNever, ValidateNever]
    public Challenge? Existing { get; set; }

    [Required(ErrorMessage = "Enter the challenge's title.")]
    [StringLength(128, ErrorMessage = "A title has at most 128 characters.")]
    [PlainText(ErrorMessage = "The title must not contain HTML.")]
    public string Title { get; set; } = "";

    [Required(ErrorMessage = "Enter the issuing organisation.")]
    [StringLength(128, ErrorMessage = "The issuing organisation has at most 128 characters.")]
    [PlainText(ErrorMessage = "The issuing organisation must not contain HTML.")]
    public string Issuer { get; set; } = "";

    [Required(ErrorMessage = "Choose a field.")]
    public TechField? Field { get; set; }

    [Required(ErrorMessage = "Enter the goal to be reached.")]
    [StringLength(LongText, ErrorMessage = "This text has at most 4,000 characters.")]
    [PlainText(ErrorMessage = "The goal must not contain HTML.")]
    public string Goal { get; set; } = "";

    [Required(ErrorMessage = "Enter the indicators the result is assessed by.")]
    [StringLength(LongText, ErrorMessage = "This text has at most 4,000 characters.")]
    [PlainText(ErrorMessage = "The indicators must not contain HTML.")]
    public string Indicators { get; set; } = "";

    [Required(ErrorMessage = "Enter the funding in ten thousand yuan.")]
    [Range(typeof(decimal), "0", "100000000", ErrorMessage = "The funding is 0 or more ten thousand yuan.")]
    public decimal? FundingWan { get; set; }

    [Required(ErrorMessage = "Enter the implementation period.")]
    [StringLength(64, ErrorMessage = "The period has at most 64 characters.")]
    [PlainText(ErrorMessage = "The period must not contain HTML.")]
    public string Period { get; set; } = "";

    [Required(ErrorMessage = "Enter the conditions applicants must meet.")]
    [StringLength(LongText, ErrorMessage = "This text has at most 4,000 characters.")]
    [PlainText(ErrorMessage = "The conditions must not contain HTML.")]
    public string Conditions { get; set; } = "";

    [Required(ErrorMessage = "Enter the deadline.")]
    public DateOnly? Deadline { get; set; }

    public static ChallengeInput From(Challenge c) => new()
    {
        Existing = c,
        Title = c.Title, Issuer = c.Issuer, Field = c.Field, Goal = c.Goal, Indicators = c.Indicators,
        FundingWan = Money.ToWan(c.FundingYuan), Period = c.Period, Conditions = c.Conditions, Deadline = c.Deadline,
    };

    public void ApplyTo(Challenge c)
    {
        c.Title = Title.Trim();
        c.Issuer = Issuer.Trim();
        c.Field = Field!.Value;
        c.Goal = Multiline(Goal);
        c.Indicators = Multiline(Indicators);
        c.FundingYuan = Money.ToYuan(FundingWan!.Value);
        c.Period = Period.Trim();
        c.Conditions = Multiline(Conditions);
        c.Deadline = Deadline!.Value;
    }

    private static string Multiline(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
}
