using System.Globalization;
using System.Net;
using System.Net.Sockets;
using netDumbster.smtp;
using XinxingPortal.Tests.Shared;

namespace XinxingPortal.IntegrationTests.Infrastructure;

/// <summary>A real SMTP server on a free loopback port that a test portal sends its mail to.</summary>
internal static class SmtpSink
{
    /// <summary>Starts the sink and points the factory's SMTP settings at it.</summary>
    public static SimpleSmtpServer StartFor(PortalFactory factory)
    {
        var server = SimpleSmtpServer.Start(FreePort());
        factory.Settings["Portal:Smtp:Host"] = "127.0.0.1";
        factory.Settings["Portal:Smtp:Port"] = server.Configuration.Port.ToString(CultureInfo.InvariantCulture);
        return server;
    }

    /// <summary>Mail to one address, waiting for the dispatcher (it sends right after the commit).</summary>
    public static async Task<IReadOnlyList<SmtpMessage>> MailToAsync(this SimpleSmtpServer server, string address, int count = 1)
    {
        for (var waited = 0; waited < 400; waited++)
        {
            var mail = server.Received().Where(m => m.ToAddresses.Any(a => a.Address == address)).ToList();
            if (mail.Count >= count)
            {
                return mail;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"{count} message(s) to {address} did not arrive");
    }

    /// <summary>The message as MimeKit reads it: its parts, decoded.</summary>
    public static MimeKit.MimeMessage Mime(this SmtpMessage message) =>
        MimeKit.MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(message.Data)));

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
