using System.ComponentModel.DataAnnotations;
using System.Globalization;
using XinxingPortal.OpenLab.Data;
using XinxingPortal.OpenLab.Instruments;

namespace XinxingPortal.OpenLab.Admin;

/// <summary>The instrument form with the national platform's fields and limits.</summary>
internal sealed class InstrumentInput
{
    [Required(ErrorMessage = "Choose the lab.")]
    public string? LabId { get; set; }

    [Required(ErrorMessage = "Give the Chinese name.")]
    [StringLength(128, ErrorMessage = "The Chinese name has at most 128 characters.")]
    [PlainText]
    public string? Name { get; set; }

    [StringLength(256, ErrorMessage = "The English name has at most 256 characters.")]
    [PlainText]
    public string? EnglishName { get; set; }

    [Required(ErrorMessage = "Give the address of the page (lower-case letters, digits and hyphens).")]
    [RegularExpression("^[a-z0-9][a-z0-9-]{0,127}$", ErrorMessage = "Give the address of the page (lower-case letters, digits and hyphens).")]
    public string? Slug { get; set; }

    [Required(ErrorMessage = "Give the owning unit.")]
    [StringLength(128, ErrorMessage = "The owning unit has at most 128 characters.")]
    [PlainText]
    public string? Unit { get; set; }

    [StringLength(64, ErrorMessage = "The internal number has at most 64 characters.")]
    [PlainText]
    public string? InternalNumber { get; set; }

    [Required(ErrorMessage = "The classification code has exactly 6 digits.")]
    [RegularExpression("^[0-9]{6}$", ErrorMessage = "The classification code has exactly 6 digits.")]
    public string? ClassificationCode { get; set; }

    [StringLength(128, ErrorMessage = "The model has at most 128 characters.")]
    [PlainText]
    public string? Model { get; set; }

    [StringLength(128, ErrorMessage = "The manufacturer has at most 128 characters.")]
    [PlainText]
    public string? Manufacturer { get; set; }

    [StringLength(64, ErrorMessage = "The country of origin has at most 64 characters.")]
    [PlainText]
    public string? Country { get; set; }

    public const string ValueMessage = "The original value is a number of 10,000 yuan, at least 0, with at most two decimals.";

    /// <summary>Text, read with a dot as decimal separator whatever the page's language, so "1,5" is refused rather than misread.</summary>
    [Required(ErrorMessage = "The original value is a number of 10,000 yuan, at least 0, with at most two decimals.")]
    public string? OriginalValue { get; set; }

    public DateOnly? InServiceOn { get; set; }

    [StringLength(256, ErrorMessage = "The location has at most 256 characters.")]
    [PlainText]
    public string? Address { get; set; }

    public OperatingStatus Status { get; set; }
    public SharingMode Sharing { get; set; }
    public bool Special { get; set; }

    [StringLength(500, ErrorMessage = "The main specifications have at most 500 characters.")]
    [PlainText]
    public string? Specifications { get; set; }

    [StringLength(300, ErrorMessage = "The main functions have at most 300 characters.")]
    [PlainText]
    public string? Functions { get; set; }

    [StringLength(2000, ErrorMessage = "The services have at most 2,000 characters.")]
    [PlainText]
    public string? Services { get; set; }

    [StringLength(2000, ErrorMessage = "The sharing rules have at most 2,000 characters.")]
    [PlainText]
    public string? SharingRules { get; set; }

    [StringLength(1000, ErrorMessage = "The fees have at most 1,000 characters.")]
    [PlainText]
    public string? Fees { get; set; }

    [Range(typeof(decimal), "0", "1000000", ErrorMessage = "The hourly fee is between 0 and 1,000,000 yuan.")]
    public decimal? HourlyFee { get; set; }

    [StringLength(256, ErrorMessage = "The contact has at most 256 characters.")]
    [PlainText]
    public string? Contact { get; set; }

    /// <summary>原值 in 万元: at least 0, at most two decimals.</summary>
    public static decimal? ParseValue(string text) =>
        decimal.TryParse(text.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v) && v >= 0 && v < 10_000_000 && decimal.Round(v, 2) == v ? v : null;

    public void ApplyTo(Instrument i)
    {
        i.LabId = LabId!;
        i.DisplayText = Name!.Trim();
        i.EnglishName = EnglishName?.Trim() ?? "";
        i.Slug = Slug!;
        i.Unit = Unit!.Trim();
        i.InternalNumber = InternalNumber?.Trim() ?? "";
        i.ClassificationCode = ClassificationCode!;
        i.Model = Model?.Trim() ?? "";
        i.Manufacturer = Manufacturer?.Trim() ?? "";
        i.Country = Country?.Trim() ?? "";
        i.OriginalValue = ParseValue(OriginalValue!)!.Value;
        i.InServiceOn = InServiceOn;
        i.Address = Address?.Trim() ?? "";
        i.Status = Status;
        i.Sharing = Sharing;
        i.Special = Special;
        i.Specifications = Specifications?.Trim() ?? "";
        i.Functions = Functions?.Trim() ?? "";
        i.Services = Services?.Trim() ?? "";
        i.SharingRules = SharingRules?.Trim() ?? "";
        i.Fees = Fees?.Trim() ?? "";
        i.HourlyFee = HourlyFee;
        i.Contact = Contact?.Trim() ?? "";
    }

    public static InstrumentInput From(Instrument i) => new()
    {
        LabId = i.LabId, Name = i.DisplayText, EnglishName = i.EnglishName, Slug = i.Slug, Unit = i.Unit, InternalNumber = i.InternalNumber,
        ClassificationCode = i.ClassificationCode, Model = i.Model, Manufacturer = i.Manufacturer, Country = i.Country,
        OriginalValue = i.OriginalValue.ToString("0.00", CultureInfo.InvariantCulture), InServiceOn = i.InServiceOn, Address = i.Address,
        Status = i.Status, Sharing = i.Sharing, Special = i.Special, Specifications = i.Specifications, Functions = i.Functions,
        Services = i.Services, SharingRules = i.SharingRules, Fees = i.Fees, HourlyFee = i.HourlyFee, Contact = i.Contact,
    };
}
