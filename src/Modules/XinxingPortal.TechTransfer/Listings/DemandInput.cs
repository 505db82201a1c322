using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using System.ComponentModel.DataAnnotations;
using XinxingPortal.TechTransfer.Data;

namespace XinxingPortal.TechTransfer.Listings;

internal sealed class DemandInput : ListingContactInput
{
    /// <summary>The demand being edited (null for a new one); set by the controller, never bound from a post.</summary>
    [BindNever, ValidateNever]
    public Demand? Existing { get; set; }

    [Required(ErrorMessage = "Enter the demand's name.")]
    [StringLength(128, ErrorMessage = "The name has at most 128 characters.")]
    [PlainText]
    public string Title { get; set; } = "";

    public TechField Field { get; set; }

    public DemandType Type { get; set; }

    [Required(ErrorMessage = "Describe what you need.")]
    [StringLength(4000, ErrorMessage = "The description has at most 4,000 characters.")]
    [PlainText]
    public string Description { get; set; } = "";

    [Range(typeof(decimal), "0", "10000000", ErrorMessage = "The budget cannot be below zero.")]
    public decimal? BudgetMinWan { get; set; }

    [Range(typeof(decimal), "0", "10000000", ErrorMessage = "The budget cannot be below zero.")]
    public decimal? BudgetMaxWan { get; set; }

    [Range(TrlScale.Min, TrlScale.Max, ErrorMessage = "The technology readiness level is from 1 to 9.")]
    public int? RequiredTrl { get; set; }

    [Required(ErrorMessage = "Enter the last day the demand is valid.")]
    public DateOnly? ValidUntil { get; set; }

    public List<CooperationModes> Modes { get; set; } = [];
}
