namespace XinxingPortal.Abstractions.Auditing;

/// <summary>
/// What a module's audit entries mean to the reader of the admin home: the English msgid of each action code it
/// records (localized through the PO files like any text) and the admin page of the item an entry names. Each module
/// registers one; the Platform asks them in turn and shows an unknown code in plain words.
/// </summary>
public interface IAuditVocabulary
{
    /// <summary>The msgid naming the action ("Approved an outcome"), or null when the code is not this module's.</summary>
    string? ActionText(string action);

    /// <summary>The admin page ("~/admin/…") of the item the entry names, or null when there is none to show.</summary>
    string? AdminUrl(string action, string subject, string? detail);
}

/// <summary>Reads the "Type:id" subjects that audit entries use ("Media:42", "Page:abc#3 by editor").</summary>
public static class AuditSubject
{
    /// <summary>The id after <paramref name="type"/> and a colon, up to a '#' or a space; null when the subject names another type.</summary>
    public static string? IdOf(string subject, string type)
    {
        if (!subject.StartsWith(type, StringComparison.Ordinal) || subject.Length <= type.Length + 1 || subject[type.Length] != ':')
        {
            return null;
        }

        var id = subject[(type.Length + 1)..];
        var end = id.IndexOfAny(['#', ' ']);
        return Uri.EscapeDataString(end < 0 ? id : id[..end]);
    }
}
