namespace XinxingPortal.Abstractions.Files;

/// <summary>
/// The readable text of an accepted Word or Excel file, for site search. Modules never open a ZIP themselves.
/// </summary>
public interface IDocumentText
{
    /// <summary>The text of a DOCX or XLSX (at most <paramref name="maxChars"/> characters); empty for any other kind or a file it cannot read.</summary>
    string Extract(string fileName, byte[] content, int maxChars = 100_000);
}
