using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http;

namespace XinxingPortal.TechTransfer.Listings;

internal sealed class OutcomeInput : ListingContactInput
{
    /// <summary>The outcome being edited and its current files; set by the controller, never bound from a post.</summary>
    [BindNever, ValidateNever]
    public OutcomeEditorPage Editor { get; set; } = OutcomeEditorPage.New;

    [Required(ErrorMessage = "Enter the outcome's name.")]
    [StringLength(128, ErrorMessage = "The name has at most 128 characters.")]
    [PlainText]
    public string Title { get; set; } = "";

    public TechField Field { get; set; }

    /// <summary>Up to three, separated by commas, 、 or spaces.</summary>
    [StringLength(100, ErrorMessage = "Keywords have at most 100 characters in all.")]
    [PlainText]
    public string? Keywords { get; set; }

    [Range(TrlScale.Min, TrlScale.Max, ErrorMessage = "The technology readiness level is from 1 to 9.")]
    public int Trl { get; set; } = 5;

    public List<CooperationModes> Modes { get; set; } = [];

    /// <summary>Patent numbers, one per line.</summary>
    [StringLength(1000, ErrorMessage = "The patent list has at most 1,000 characters.")]
    [PlainText]
    public string? Patents { get; set; }

    /// <summary>参考价格 in 万元; empty means 面议.</summary>
    [Range(typeof(decimal), "0", "10000000", ErrorMessage = "The price is a number of 10,000 yuan from 0 up; leave it empty for 'negotiable'.")]
    public decimal? PriceWan { get; set; }

    [Required(ErrorMessage = "Describe the outcome.")]
    [StringLength(4000, ErrorMessage = "The summary has at most 4,000 characters.")]
    [PlainText]
    public string Summary { get; set; } = "";

    [StringLength(4000, ErrorMessage = "The technical indicators have at most 4,000 characters.")]
    [PlainText]
    public string? Indicators { get; set; }

    [Required(ErrorMessage = "Name the holder of the outcome.")]
    [StringLength(128, ErrorMessage = "The holder has at most 128 characters.")]
    [PlainText]
    public string Holder { get; set; } = "";

    public List<IFormFile> Images { get; set; } = [];

    public List<IFormFile> Attachments { get; set; } = [];

    /// <summary>Media ids of current images to drop on save.</summary>
    public List<string> RemoveImages { get; set; } = [];

    /// <summary>Ids of current attachments to drop on save.</summary>
    public List<string> RemoveAttachments { get; set; } = [];
}
