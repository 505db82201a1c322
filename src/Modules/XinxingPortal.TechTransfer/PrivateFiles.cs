using Microsoft.AspNetCore.Http;
using XinxingPortal.Abstractions.Files;
using XinxingPortal.Abstractions.Storage;

namespace XinxingPortal.TechTransfer;

/// <summary>
/// The market's private files (licences, attachments): the kernel's private store under the tenant's
/// <c>techtransfer</c> area, named by id only, and what each use accepts. Saves and deletes follow the action's
/// commit (see <see cref="IPrivateFileStore"/>).
/// </summary>
internal sealed class PrivateFiles(IPrivateFileStore store, IFileInspector inspector)
{
    public const long MaxBytes = 10 * 1024 * 1024;
    private const string Area = "techtransfer";
    private const string TooLarge = "The file is larger than 10 MB.";

    /// <summary>A photo or scan (JPEG, PNG) or a PDF of the business licence.</summary>
    public static readonly FileRules Licence = new([FileKind.Jpeg, FileKind.Png, FileKind.Pdf], MaxBytes, "The licence must be a JPEG or PNG image or a PDF.", TooLarge);

    /// <summary>What an outcome or application may attach.</summary>
    public static readonly FileRules Documents = new([FileKind.Pdf, FileKind.Docx, FileKind.Xlsx], MaxBytes, "Only PDF, DOCX and XLSX files can be attached.", TooLarge);

    public async Task<FileInspection> InspectAsync(IFormFile upload, string fileName, FileRules rules, CancellationToken ct)
    {
        await using var content = upload.OpenReadStream();
        return await inspector.InspectAsync(fileName, content, rules, ct);
    }

    public Task SaveAsync(string id, byte[] data, CancellationToken ct) => store.SaveAsync(new PrivateFileName(Area, id), data, ct);

    public Stream? Open(string id) => store.Open(new PrivateFileName(Area, id));

    public void Delete(string id) => store.Delete(new PrivateFileName(Area, id));
}
