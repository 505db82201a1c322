namespace XinxingPortal.Policies.Attachments;

internal sealed record AttachmentKind(string Extension, string ContentType, string Label)
{
    public static readonly AttachmentKind Pdf = new(".pdf", "application/pdf", "PDF");
    public static readonly AttachmentKind Docx = new(".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "DOCX");
    public static readonly AttachmentKind Xlsx = new(".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "XLSX");
}
