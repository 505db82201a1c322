using XinxingPortal.Abstractions.Content;
using XinxingPortal.Policies.Documents;

namespace XinxingPortal.Policies.Data;

/// <summary>A version of a policy, notice or interpretation. DisplayText is its 标题.</summary>
internal sealed class PolicyDocument : ContentVersion
{
    public DocumentType Type { get; set; }

    /// <summary>发文字号, such as 师市办发〔2022〕12号.</summary>
    public string? DocumentNumber { get; set; }

    /// <summary>发文机关.</summary>
    public string IssuingAgency { get; set; } = "";

    /// <summary>成文日期.</summary>
    public DateOnly WrittenOn { get; set; }

    /// <summary>主题分类.</summary>
    public string? TopicCode { get; set; }

    /// <summary>主题词, comma separated.</summary>
    public string Keywords { get; set; } = "";

    public Validity Validity { get; set; }
    public DateOnly? ValidityChangedOn { get; set; }

    /// <summary>The localization set of the document that replaces this one.</summary>
    public string? ReplacedBy { get; set; }

    /// <summary>For an interpretation: the localization set of the policy it explains.</summary>
    public string? Interprets { get; set; }

    public string Body { get; set; } = "";
    public string BodyHtml { get; set; } = "";

    /// <summary>A major revision is listed publicly with its change note; a minor correction is not.</summary>
    public bool MajorRevision { get; set; }

    /// <summary>For a translation: the source item and its version number when the translation was last brought up to date.</summary>
    public string? TranslatedFrom { get; set; }
    public int? TranslatedFromNumber { get; set; }
}
