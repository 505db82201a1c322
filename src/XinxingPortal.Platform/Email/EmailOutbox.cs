using XinxingPortal.Abstractions.Email;
using XinxingPortal.Platform.Data;
using XinxingPortal.Platform.Tenants;

namespace XinxingPortal.Platform.Email;

internal sealed class EmailOutbox(PortalDbContext db, TenantContext tenant, OutboxSignal signal, TimeProvider time) : IEmailOutbox
{
    private bool watching;

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

        if (!watching)
        {
            // SavedChanges fires after the save; inside an explicit transaction the dispatcher simply
            // finds nothing committed yet and picks the message up on its next round.
            watching = true;
            db.SavedChanges += (_, _) => signal.Notify(tenant.Name);
        }
    }
}
