using XinxingPortal.Abstractions.Email;
using XinxingPortal.Platform.Data;
using XinxingPortal.Platform.Tenants;

namespace XinxingPortal.Platform.Email;

internal sealed class EmailOutbox(PortalDbContext db, TenantContext tenant, OutboxSignal signal, CommitActions commits, TimeProvider time) : IEmailOutbox
{
    public void Enqueue(EmailMessage message)
    {
        var attachments = message.Attachments ?? [];
        if (attachments.Any(a => a.Content.Length > EmailAttachment.MaxBytes || a.FileName.Length is 0 or > 256 || a.ContentType.Length is 0 or > 256))
        {
            throw new ArgumentException("An attachment needs a file name and a media type (each at most 256 characters) and at most 1 MB.", nameof(message));
        }

        var now = time.GetUtcNow().UtcDateTime;
        db.Set<OutboxMessage>().Add(new OutboxMessage
        {
            To = message.To,
            Subject = message.Subject,
            TextBody = message.TextBody,
            Status = OutboxStatus.Pending,
            CreatedUtc = now,
            NextAttemptUtc = now,
            Attachments = [.. attachments.Select(a => new OutboxAttachment { FileName = a.FileName, ContentType = a.ContentType, Content = a.Content })],
        });

        // The dispatcher is woken once the message is committed; before that it could not see it.
        commits.Add(() => signal.NotifyAsync(tenant.Name), static () => { });
    }
}
