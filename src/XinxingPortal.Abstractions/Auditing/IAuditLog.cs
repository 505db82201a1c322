namespace XinxingPortal.Abstractions.Auditing;

/// <summary>Records what editors and administrators did. Entries are saved with the caller's next SaveChanges.</summary>
public interface IAuditLog
{
    void Record(string action, string subject, string? detail = null);
}
