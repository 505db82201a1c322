using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;
using XinxingPortal.Abstractions.Storage;

namespace XinxingPortal.Platform.Email;

/// <summary>Sends one message over SMTP, or drops it as an .eml file when no SMTP server is configured.</summary>
internal sealed class EmailTransport(IOptions<SmtpOptions> options)
{
    public async Task SendAsync(OutboxMessage message, string tenant, ITenantStorage storage, CancellationToken ct)
    {
        var o = options.Value;
        var mime = new MimeMessage
        {
            Subject = message.Subject,
            Body = Body(message),
            // A stable id lets a receiving server drop a copy sent twice after a crash mid-send.
            MessageId = $"{message.Id}.{tenant.ToLowerInvariant()}@xinxing-portal",
        };
        mime.From.Add(new MailboxAddress(o.FromName, o.From));
        mime.To.Add(MailboxAddress.Parse(message.To));

        if (o.Host.Length == 0)
        {
            // Written under a temporary name and renamed, so a reader never sees half a message.
            var file = Path.Combine(storage.FolderFor("mail"), $"{message.Id:D8}.eml");
            await mime.WriteToAsync(file + ".tmp", ct);
            File.Move(file + ".tmp", file, overwrite: true);
            return;
        }

        using var smtp = new SmtpClient();
        await smtp.ConnectAsync(o.Host, o.Port, o.UseTls ? SecureSocketOptions.StartTls : SecureSocketOptions.None, ct);
        if (o.UserName.Length > 0)
        {
            await smtp.AuthenticateAsync(o.UserName, o.Password, ct);
        }

        await smtp.SendAsync(mime, ct);
        await smtp.DisconnectAsync(true, ct);
    }

    /// <summary>The text alone, or the text and the files in a multipart/mixed message.</summary>
    private static MimeEntity Body(OutboxMessage message)
    {
        var text = new TextPart("plain") { Text = message.TextBody };
        if (message.Attachments.Count == 0)
        {
            return text;
        }

        var mixed = new Multipart("mixed") { text };
        foreach (var a in message.Attachments.OrderBy(a => a.Id))
        {
            mixed.Add(new MimePart(ContentType.Parse(a.ContentType))
            {
                Content = new MimeContent(new MemoryStream(a.Content)),
                ContentDisposition = new ContentDisposition(ContentDisposition.Attachment),
                ContentTransferEncoding = ContentEncoding.Base64,
                FileName = a.FileName,
            });
        }

        return mixed;
    }
}
