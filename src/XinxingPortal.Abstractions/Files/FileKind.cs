namespace XinxingPortal.Abstractions.Files;

/// <summary>What an uploaded file is, decided from its bytes by <see cref="IFileInspector"/>, never from its name.</summary>
public enum FileKind
{
    Jpeg,
    Png,
    WebP,
    Pdf,
    Docx,
    Xlsx,
}

public static class FileKinds
{
    public static string ContentType(this FileKind kind) => kind switch
    {
        FileKind.Jpeg => "image/jpeg",
        FileKind.Png => "image/png",
        FileKind.WebP => "image/webp",
        FileKind.Pdf => "application/pdf",
        FileKind.Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        FileKind.Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        _ => "application/octet-stream",
    };

    /// <summary>The name endings a file of this kind may have.</summary>
    public static IReadOnlyList<string> Extensions(this FileKind kind) => kind switch
    {
        FileKind.Jpeg => [".jpg", ".jpeg"],
        FileKind.Png => [".png"],
        FileKind.WebP => [".webp"],
        FileKind.Pdf => [".pdf"],
        FileKind.Docx => [".docx"],
        FileKind.Xlsx => [".xlsx"],
        _ => [],
    };

    /// <summary>"PDF", "DOCX": how lists label a file.</summary>
    public static string Label(this FileKind kind) => kind == FileKind.WebP ? "WebP" : kind.ToString().ToUpperInvariant();
}
