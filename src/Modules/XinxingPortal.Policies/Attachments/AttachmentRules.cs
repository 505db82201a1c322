using XinxingPortal.Abstractions.Files;

namespace XinxingPortal.Policies.Attachments;

/// <summary>What a policy document may attach: PDF, DOCX or XLSX of up to 20 MB, checked by the kernel's inspector.</summary>
internal static class AttachmentRules
{
    public const long MaxBytes = 20 * 1024 * 1024;

    public static readonly FileRules Rules = new(
        [FileKind.Pdf, FileKind.Docx, FileKind.Xlsx], MaxBytes, "Only PDF, DOCX and XLSX files can be attached.", "The file is larger than 20 MB.");

    /// <summary>"1.2 MB", "340 KB": how lists show a file's size.</summary>
    public static string FormatSize(long bytes) => bytes switch
    {
        >= 1024 * 1024 => $"{bytes / 1024.0 / 1024.0:0.0} MB",
        >= 1024 => $"{bytes / 1024.0:0} KB",
        _ => $"{bytes} B",
    };
}
