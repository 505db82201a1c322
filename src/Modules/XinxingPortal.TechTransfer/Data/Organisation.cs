using XinxingPortal.TechTransfer.Organisations;

namespace XinxingPortal.TechTransfer.Data;

/// <summary>An enterprise or 事业单位 registered on the market. Only a verified one posts or sees contact details.</summary>
internal sealed class Organisation
{
    public string Id { get; set; } = "";

    /// <summary>The account that registered it; null for organisations a recipe seeds.</summary>
    public string? UserId { get; set; }

    public OrganisationKind Kind { get; set; }
    public string Name { get; set; } = "";

    /// <summary>统一社会信用代码, upper case, unique in the tenant.</summary>
    public string CreditCode { get; set; } = "";

    public string ContactName { get; set; } = "";
    public string ContactMobile { get; set; } = "";

    /// <summary>Where the market's email to this organisation goes.</summary>
    public string ContactEmail { get; set; } = "";

    /// <summary>The language it registered in; the market writes to it in that language.</summary>
    public string Culture { get; set; } = "zh-CN";

    /// <summary>The licence file's name in the module's private storage, and its content type.</summary>
    public string? LicenceFile { get; set; }
    public string? LicenceContentType { get; set; }

    public VerificationStatus Status { get; set; }
    public string? RejectionReason { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime? ReviewedUtc { get; set; }
    public string? ReviewedBy { get; set; }
}
