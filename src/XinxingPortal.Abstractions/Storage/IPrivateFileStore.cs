namespace XinxingPortal.Abstractions.Storage;

/// <summary>
/// Files of the current tenant that are not public (licences, application attachments), named by an area and an
/// id the module chose, never by the uploader. Writes and deletes follow the action's database changes: a saved
/// file appears when they commit and never if they roll back; a deleted file goes after the commit.
/// Local disk today (App_Data/Sites/{tenant}/{area}/{id}); a shared store later, without touching modules.
/// </summary>
public interface IPrivateFileStore
{
    /// <summary>Stages the file now (so a full disk fails the action, not the commit); it is published when the changes commit.</summary>
    Task SaveAsync(PrivateFileName name, byte[] content, CancellationToken ct);

    /// <summary>Removes the file once the changes commit.</summary>
    void Delete(PrivateFileName name);

    /// <summary>The committed file, or null.</summary>
    Stream? Open(PrivateFileName name);
}

/// <summary>
/// A private file's name: a folder-like area ("techtransfer") and an id of letters, digits and dashes. Nothing else
/// is accepted, so no name can reach outside the tenant's area.
/// </summary>
public readonly record struct PrivateFileName
{
    public PrivateFileName(string area, string id)
    {
        Area = IsPlain(area, 32) ? area : throw new ArgumentException("An area is a plain name of letters, digits and dashes.", nameof(area));
        Id = IsPlain(id, 64) ? id : throw new ArgumentException("A file id is letters, digits and dashes.", nameof(id));
    }

    public string Area { get; }

    public string Id { get; }

    public static bool IsPlain(string? value, int maxLength) =>
        value is { Length: > 0 } && value.Length <= maxLength && value.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');
}
