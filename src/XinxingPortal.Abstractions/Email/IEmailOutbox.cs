namespace XinxingPortal.Abstractions.Email;

/// <summary>
/// Queues email in the current tenant's database. The message is saved with the caller's next SaveChanges and
/// sent only after that commits, so a rolled-back change never sends mail; failures are retried.
/// </summary>
public interface IEmailOutbox
{
    void Enqueue(EmailMessage message);
}
