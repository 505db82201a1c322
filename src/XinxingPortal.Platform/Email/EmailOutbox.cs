using XinxingPortal.Abstractions.Email;
using XinxingPortal.Platform.Data;
using XinxingPortal.Platform.Tenants;

namespace XinxingPortal.Platform.Email;

internal sealed class EmailOutbox(PortalDbContext db, TenantContext tenant, OutboxSignal signal, CommitActions commits, TimeProvider time) : IEmailOutbox
{
    public void Enqueue(EmailMessage message)
    {
        var now = time.GetUtcNow().UtcDateTime;
        db.Set<OutboxMessage>().Add(new OutboxMessage
        {
            To = message.To,
            Subject = message.Subject,
            TextBody = message.TextBody,
            Status = OutboxStatus.Pending,
            CreatedUtc = now,
            NextAttemptUtc = now,
        });

        // The dispatcher is woken once the message is committed; before that it could not see it.
        commits.Add(() => signal.NotifyAsync(tenant.Name), static () => { });
    }
}
