namespace XinxingPortal.Abstractions.Files;

/// <summary>
/// The one check of uploaded files: the kind from the bytes, never the name; the use's cap; for DOCX and XLSX the
/// ZIP structure (entry count, unpacked size, compression ratio, entry names, required parts). Modules never open a
/// ZIP or compare magic bytes themselves.
/// </summary>
public interface IFileInspector
{
    /// <summary>Reads at most <see cref="FileRules.MaxBytes"/> + 1 bytes of <paramref name="content"/>, then inspects them.</summary>
    Task<FileInspection> InspectAsync(string fileName, Stream content, FileRules rules, CancellationToken ct);

    FileInspection Inspect(string fileName, byte[] content, FileRules rules);
}
