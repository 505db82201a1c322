using XinxingPortal.Abstractions.Workflow;
using XinxingPortal.Policies.Data;

namespace XinxingPortal.Policies.Documents;

/// <summary>The editable fields of a document, compared and copied as one set.</summary>
internal static class PolicyFields
{
    public static bool Same(PolicyDocument a, PolicyDocument b) =>
        a.Type == b.Type && a.Slug == b.Slug && a.DisplayText == b.DisplayText && a.IssuingAgency == b.IssuingAgency &&
        a.WrittenOn == b.WrittenOn && a.DocumentNumber == b.DocumentNumber && a.TopicCode == b.TopicCode &&
        a.Keywords == b.Keywords && a.Validity == b.Validity && a.ValidityChangedOn == b.ValidityChangedOn &&
        a.ReplacedBy == b.ReplacedBy && a.Interprets == b.Interprets && a.Body == b.Body;

    public static void Copy(PolicyDocument from, PolicyDocument to)
    {
        to.Type = from.Type;
        to.Slug = from.Slug;
        to.DisplayText = from.DisplayText;
        to.IssuingAgency = from.IssuingAgency;
        to.WrittenOn = from.WrittenOn;
        to.DocumentNumber = from.DocumentNumber;
        to.TopicCode = from.TopicCode;
        to.Keywords = from.Keywords;
        to.Validity = from.Validity;
        to.ValidityChangedOn = from.ValidityChangedOn;
        to.ReplacedBy = from.ReplacedBy;
        to.Interprets = from.Interprets;
        to.Body = from.Body;
        to.BodyHtml = from.BodyHtml;
        to.MajorRevision = from.MajorRevision;
        to.ReviewState = ReviewState.Draft;
        to.ReviewComment = null;
    }
}
