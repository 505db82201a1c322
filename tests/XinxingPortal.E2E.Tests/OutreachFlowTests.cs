using System.Text.RegularExpressions;
using Microsoft.Playwright;
using XinxingPortal.E2E.Tests.Infrastructure;

namespace XinxingPortal.E2E.Tests;

/// <summary>The microsite as a member of the public uses it, in Chromium: find, register, get mail, cancel.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class OutreachFlowTests(BrowserSession session)
{
    [GeneratedRegex(@"https?://[^\s]+/kepu/registrations/[A-Za-z0-9_-]+")]
    private static partial Regex Link();

    [Fact]
    public async Task A_visitor_finds_a_venue_open_today()
    {
        var page = await session.NewPageAsync();
        await page.GotoAsync("/kepu/venues");
        await page.CheckAsync("#open");
        await page.ClickAsync("main form[aria-label] button[type=submit]");
        Assert.Contains("open=today", page.Url);
        Assert.True(await page.Locator("ul.list-unstyled li h2 a").CountAsync() >= 1);
        Assert.Equal(0, await page.Locator("ul.list-unstyled .text-bg-secondary").CountAsync());
    }

    [Fact]
    public async Task Register_receive_mail_cancel_by_its_link_and_the_waiting_list_moves_up()
    {
        var page = await session.NewPageAsync();
        for (var i = 0; i < 5; i++)
        {
            await RegisterAsync(page, $"full{i}@kepu.example", 6);
        }

        var waiting = await RegisterAsync(page, "waiting@kepu.example", 1);
        Assert.Equal("Waitlisted", await page.GetAttributeAsync(".registration-status", "data-status"));

        var mail = await MailToAsync("full0@kepu.example");
        var link = Link().Match(mail).Value;
        await page.GotoAsync(new Uri(link).PathAndQuery);
        await page.ClickAsync("form[action$='/cancel'] button");
        Assert.Equal("Cancelled", await page.GetAttributeAsync(".registration-status", "data-status"));

        await page.GotoAsync(waiting);
        Assert.Equal("Confirmed", await page.GetAttributeAsync(".registration-status", "data-status"));
        Assert.Contains(new Uri(waiting).AbsolutePath, await MailToAsync("waiting@kepu.example", 2));
        Assert.Empty(session.ForeignRequests);
    }

    private static async Task<string> RegisterAsync(IPage page, string email, int party)
    {
        await page.GotoAsync("/kepu/events/soil-testing-day");
        await page.FillAsync("#Name", "李四");
        await page.FillAsync("#Mobile", "13999999999");
        await page.FillAsync("#Email", email);
        await page.FillAsync("#PartySize", party.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.CheckAsync("#Consent");
        await page.ClickAsync("form[action$='/register'] button[type=submit]");
        await page.WaitForURLAsync(url => url.Contains("/kepu/registrations/", StringComparison.Ordinal));
        return page.Url;
    }

    /// <summary>The decoded text of all .eml files to an address, once at least <paramref name="count"/> have been written.</summary>
    private async Task<string> MailToAsync(string address, int count = 1)
    {
        var folder = Path.Combine(session.AppData, "Sites", "kepu", "mail");
        for (var waited = 0; waited < 400; waited++)
        {
            var texts = Directory.Exists(folder)
                ? Directory.GetFiles(folder, "*.eml").Select(f => MimeKit.MimeMessage.Load(f))
                    .Where(m => m.To.Mailboxes.Any(a => a.Address == address)).Select(m => m.TextBody).ToList()
                : [];
            if (texts.Count >= count)
            {
                return string.Join("\n", texts);
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"no mail to {address}");
    }
}
