using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using System.ComponentModel.DataAnnotations;

namespace XinxingPortal.Pages.Admin;

internal sealed class PageInput
{
    /// <summary>The page being edited (null for a new one); set by the controller, never bound from a post.</summary>
    [BindNever, ValidateNever]
    public XinxingPortal.Pages.Data.Page? Existing { get; set; }

    [Required(ErrorMessage = "Enter a title.")]
    [StringLength(256, ErrorMessage = "A title has at most 256 characters.")]
    public string Title { get; set; } = "";

    [Required(ErrorMessage = "Enter an address (slug).")]
    [RegularExpression("^[a-z0-9][a-z0-9-]{0,127}$", ErrorMessage = "An address has lower-case letters, digits and '-'.")]
    public string Slug { get; set; } = "";

    [Required(ErrorMessage = "Choose a language.")]
    public string Culture { get; set; } = "zh-CN";

    [Required(ErrorMessage = "Enter the page text.")]
    public string Body { get; set; } = "";

    [StringLength(1000, ErrorMessage = "A change note has at most 1000 characters.")]
    public string? ChangeNote { get; set; }
}
