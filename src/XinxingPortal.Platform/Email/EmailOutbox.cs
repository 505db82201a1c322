using XinxingPortal.Abstractions.Email;
using XinxingPortal.Platform.Data;
using XinxingPortal.Platform.Tenants;

namespace XinxingPortal.Platform.Email;

internal sealed class EmailOutbox(PortalDbContext db, TenantContext tenant, OutboxSignal signal, OutboxCommitInterceptor commits, TimeProvider time) : IEmailOutbox
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
            // Saved outside a transaction, the message is committed at once; inside one, the commit wakes the dispatcher.
            watching = true;
            db.SavedChanges += (_, _) =>
            {
                if (db.Database.CurrentTransaction is null)
                {
                    signal.Notify(tenant.Name);
                }
                else
                {
                    commits.WaitForCommit(db, tenant.Name);
                }
            };
        }
    }
}
