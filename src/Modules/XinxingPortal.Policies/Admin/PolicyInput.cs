using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using XinxingPortal.Abstractions.Workflow;
using System.ComponentModel.DataAnnotations;
using XinxingPortal.Policies.Data;
using XinxingPortal.Policies.Documents;

namespace XinxingPortal.Policies.Admin;

internal sealed class PolicyInput
{
    /// <summary>The page around the form; set by the controller, never bound from a post.</summary>
    [BindNever, ValidateNever]
    public PolicyEditorPage Editor { get; set; } = null!;

    public DocumentType Type { get; set; }

    [Required(ErrorMessage = "Enter a title.")]
    [StringLength(256, ErrorMessage = "A title has at most 256 characters.")]
    public string Title { get; set; } = "";

    [Required(ErrorMessage = "Enter an address (slug).")]
    [RegularExpression("^[a-z0-9][a-z0-9-]{0,127}$", ErrorMessage = "An address has lower-case letters, digits and '-'.")]
    public string Slug { get; set; } = "";

    [Required(ErrorMessage = "Choose a language.")]
    public string Culture { get; set; } = "zh-CN";

    [StringLength(64, ErrorMessage = "A document number has at most 64 characters.")]
    public string? DocumentNumber { get; set; }

    [Required(ErrorMessage = "Enter the issuing agency.")]
    [StringLength(128, ErrorMessage = "An agency name has at most 128 characters.")]
    public string IssuingAgency { get; set; } = "";

    [Required(ErrorMessage = "Enter the date the document was written.")]
    public DateOnly? WrittenOn { get; set; }

    public string? TopicCode { get; set; }

    [StringLength(256, ErrorMessage = "Keywords have at most 256 characters.")]
    public string? Keywords { get; set; }

    public string? Interprets { get; set; }

    [Required(ErrorMessage = "Enter the document text.")]
    public string Body { get; set; } = "";

    public bool MajorRevision { get; set; }

    [StringLength(1000, ErrorMessage = "A change note has at most 1000 characters.")]
    public string? ChangeNote { get; set; }

    public static PolicyInput From(PolicyDocument d) => new()
    {
        Type = d.Type, Title = d.DisplayText, Slug = d.Slug, Culture = d.Culture, DocumentNumber = d.DocumentNumber,
        IssuingAgency = d.IssuingAgency, WrittenOn = d.WrittenOn, TopicCode = d.TopicCode, Keywords = d.Keywords,
        Interprets = d.Interprets, Body = d.Body,
    };

    public void ApplyTo(PolicyDocument d, string bodyHtml)
    {
        d.Type = Type;
        d.DisplayText = Title.Trim();
        d.Slug = Slug;
        d.Culture = Culture;
        d.DocumentNumber = string.IsNullOrWhiteSpace(DocumentNumber) ? null : DocumentNumber.Trim();
        d.IssuingAgency = IssuingAgency.Trim();
        d.WrittenOn = WrittenOn!.Value;
        d.TopicCode = string.IsNullOrEmpty(TopicCode) ? null : TopicCode;
        d.Keywords = string.Join(",", (Keywords ?? "").Split([',', '，', ' ', '、'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        d.Interprets = Type == DocumentType.Interpretation ? Interprets : null;
        d.Body = Body;
        d.BodyHtml = bodyHtml;
        d.MajorRevision = MajorRevision;
        d.ReviewState = ReviewState.Draft;
        d.ReviewComment = null;
    }
}
