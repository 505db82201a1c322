namespace XinxingPortal.Policies.Documents;

/// <summary>有效性: a document that stops being valid stays online with a banner.</summary>
internal enum Validity
{
    Valid,
    Amended,
    Repealed,
    Expired,
}
