namespace XinxingPortal.Policies.Documents;

/// <summary>The English msgids of the document types and validity states; the .po files translate them.</summary>
internal static class DocumentTypeNames
{
    public static string Plural(DocumentType type) => type switch
    {
        DocumentType.Policy => "Policies",
        DocumentType.Notice => "Notices",
        _ => "Policy interpretations",
    };

    public static string Singular(DocumentType type) => type switch
    {
        DocumentType.Policy => "Policy document",
        DocumentType.Notice => "Notice",
        _ => "Policy interpretation",
    };

    public static string Of(Validity validity) => validity switch
    {
        Validity.Valid => "Valid",
        Validity.Amended => "Amended",
        Validity.Repealed => "Repealed",
        _ => "Expired",
    };
}
