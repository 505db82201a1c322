using XinxingPortal.Abstractions.Files;

namespace XinxingPortal.Platform.Files;

internal sealed class FileInspector : IFileInspector
{
    public async Task<FileInspection> InspectAsync(string fileName, Stream content, FileRules rules, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(rules);
        // The declared length of an upload is the client's word; count what arrives and stop one byte past the cap.
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int n;
        while ((n = await content.ReadAsync(chunk, ct)) > 0)
        {
            buffer.Write(chunk, 0, n);
            if (buffer.Length > rules.MaxBytes)
            {
                return FileInspection.Refused(rules.TooLargeMessage);
            }
        }

        return Inspect(fileName, buffer.ToArray(), rules);
    }

    public FileInspection Inspect(string fileName, byte[] content, FileRules rules)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(rules);
        if (content.Length == 0)
        {
            return FileInspection.Refused(FileProblems.Empty);
        }

        if (content.Length > rules.MaxBytes)
        {
            return FileInspection.Refused(rules.TooLargeMessage);
        }

        var (kind, problem) = FileSignatures.Detect(content) switch
        {
            Announced.Pdf => (FileKind.Pdf, null),
            Announced.Jpeg => (FileKind.Jpeg, null),
            Announced.Png => (FileKind.Png, null),
            Announced.WebP => (FileKind.WebP, null),
            Announced.Zip when rules.Allowed.Any(k => k is FileKind.Docx or FileKind.Xlsx) => OfficePackage.Inspect(content, rules.Zip),
            _ => ((FileKind?)null, rules.WrongKindMessage),
        };
        if (kind is not { } found)
        {
            return FileInspection.Refused(problem ?? rules.WrongKindMessage);
        }

        if (!rules.Allowed.Contains(found))
        {
            return FileInspection.Refused(rules.WrongKindMessage);
        }

        if (rules.NameMustMatch && !found.Extensions().Contains(Path.GetExtension(fileName), StringComparer.OrdinalIgnoreCase))
        {
            return FileInspection.Refused(FileProblems.NameMismatch);
        }

        return !rules.RequireWhole || FileSignatures.IsWhole(found, content) ? new FileInspection(found, null, content) : FileInspection.Refused(FileProblems.Truncated);
    }
}
