using System.Text;
using System.Text.RegularExpressions;
using MimeKit;
using netDumbster.smtp;
using XinxingPortal.IntegrationTests.Infrastructure;

namespace XinxingPortal.IntegrationTests.Accounts;

/// <summary>The portal and the kepu microsite with a real SMTP sink; account links are read from the mail as a person would.</summary>
public sealed partial class AccountsFixture : IAsyncLifetime
{
    public AccountsFixture()
    {
        Smtp = SmtpSink.StartFor(Factory);
        Factory.Settings["Portal:RateLimits:PublicFormsPerMinute"] = "1000";
    }

    public PortalFactory Factory { get; } = new();
    public SimpleSmtpServer Smtp { get; }

    public async Task InitializeAsync()
    {
        await Factory.WarmUpAsync();
        await Factory.WarmUpAsync("/kepu");
    }

    public Task DisposeAsync()
    {
        Factory.Dispose();
        Smtp.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>The decoded text of the latest mail (of at least <paramref name="count"/>) to an address.</summary>
    public async Task<(string Subject, string Body)> LatestMailToAsync(string address, int count = 1)
    {
        var mail = (await Smtp.MailToAsync(address, count)).Last();
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(mail.Data));
        var message = await MimeMessage.LoadAsync(stream);
        return (message.Subject ?? "", message.TextBody ?? "");
    }

    /// <summary>The local part (path and query) of the first link in the latest mail to an address.</summary>
    public async Task<string> LinkInMailAsync(string address, int count = 1) =>
        LinkPattern().Match((await LatestMailToAsync(address, count)).Body).Groups[1].Value;

    /// <summary>The first link starting with <paramref name="path"/> in any mail to an address, once <paramref name="count"/> have arrived.</summary>
    public async Task<string> LinkInMailAsync(string address, int count, string path)
    {
        foreach (var mail in await Smtp.MailToAsync(address, count))
        {
            using var stream = new MemoryStream(Encoding.UTF8.GetBytes(mail.Data));
            var body = (await MimeMessage.LoadAsync(stream)).TextBody ?? "";
            if (LinkPattern().Matches(body).Select(m => m.Groups[1].Value).FirstOrDefault(l => l.StartsWith(path, StringComparison.Ordinal)) is { } link)
            {
                return link;
            }
        }

        throw new InvalidOperationException($"no link to {path} in the mail to {address}");
    }

    [GeneratedRegex(@"http://localhost(/\S+)")]
    private static partial Regex LinkPattern();
}
