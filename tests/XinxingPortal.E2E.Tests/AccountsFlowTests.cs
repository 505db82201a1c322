using System.Text.RegularExpressions;
using Microsoft.Playwright;
using XinxingPortal.E2E.Tests.Infrastructure;

namespace XinxingPortal.E2E.Tests;

/// <summary>
/// Issue 11's check, in Chromium with the mail read from the .eml files: the administrator invites the seeded editor and
/// reviewer, both set passwords from the mailed links, the editor drafts a notice and the reviewer publishes it; a visitor
/// signs up, confirms the address, sees their event registration, downloads and deletes their data.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class AccountsFlowTests(BrowserSession session)
{
    private const string Password = "E2e-Pass-2026!x";

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Link();

    [Fact]
    public async Task Invited_editor_drafts_a_notice_and_invited_reviewer_publishes_it()
    {
        var admin = await session.NewPageAsync();
        await session.LoginAsync(admin);
        foreach (var user in new[] { "editor", "reviewer" })
        {
            await admin.GotoAsync("/admin/users?q=" + user);
            await admin.ClickAsync($"table a:has-text('{user}')");
            await admin.ClickAsync("form[action$='/invite'] button");
            await Assertions.Expect(admin.Locator(".alert-success")).ToBeVisibleAsync();
            await ActivateAsync(await LatestLinkAsync("Default", $"{user}@xinxing.example"));
        }

        var editor = await SignedInAsync("", "editor");
        await editor.GotoAsync("/admin/policies/create");
        await editor.SelectOptionAsync("#Type", "Notice");
        await editor.FillAsync("#Title", "关于开展2026年科技活动周的通知");
        await editor.FillAsync("#Slug", "notice-e2e-week");
        await editor.FillAsync("#IssuingAgency", "新星市科学技术局");
        await editor.FillAsync("#Body", "各有关单位：\n\n现将科技活动周有关事项通知如下。");
        await editor.ClickAsync("form:has(#Title) button[type=submit]");
        await editor.ClickAsync("form[action$='/submit'] button");
        await Assertions.Expect(editor.Locator("form[action$='/submit']")).ToHaveCountAsync(0);
        var documentUrl = new Uri(editor.Url).PathAndQuery;

        var reviewer = await SignedInAsync("", "reviewer");
        await reviewer.GotoAsync(documentUrl);
        await reviewer.ClickAsync("form[action$='/approve'] button");
        var published = await (await session.NewPageAsync()).GotoAsync("/policies/notice-e2e-week");
        Assert.Equal(200, published!.Status);
        Assert.Empty(session.ForeignRequests);
    }

    [Fact]
    public async Task A_visitor_signs_up_sees_their_registration_downloads_and_deletes_their_data()
    {
        var email = $"visitor-{Guid.NewGuid():N}"[..16] + "@kepu.example";
        var page = await session.NewPageAsync();
        await page.GotoAsync("/kepu/events/soil-testing-day");
        await page.FillAsync("#Name", "王五");
        await page.FillAsync("#Mobile", "13800000000");
        await page.FillAsync("#Email", email);
        await page.CheckAsync("#Consent");
        await page.ClickAsync("form[action$='/register'] button[type=submit]");
        await page.WaitForURLAsync(url => url.Contains("/kepu/registrations/", StringComparison.Ordinal));

        await page.GotoAsync("/kepu/account/login");
        await page.ClickAsync("a[href$='/account/register']");
        await page.FillAsync("#Name", "王五");
        await page.FillAsync("#Email", email);
        await page.FillAsync("#Mobile", "13800000000");
        await page.FillAsync("#Password", Password);
        await page.FillAsync("#ConfirmPassword", Password);
        await page.CheckAsync("#Consent");
        await page.ClickAsync("form[action$='/register'] button[type=submit]");
        await page.WaitForURLAsync(url => url.Contains("/register/sent", StringComparison.Ordinal));

        await page.GotoAsync(await LatestLinkAsync("kepu", email, "/account/confirm"));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("您的电子邮箱已确认");
        var member = await SignedInAsync("/kepu", email);
        await member.GotoAsync("/kepu/account");
        await Assertions.Expect(member.Locator("h2", new() { HasText = "我的活动报名" })).ToBeVisibleAsync();
        Assert.Equal(1, await member.Locator("a[href*='/kepu/registrations/']").CountAsync());

        var download = await member.RunAndWaitForDownloadAsync(() => member.ClickAsync("a[href$='/account/data']"));
        var json = await File.ReadAllTextAsync((await download.PathAsync())!);
        Assert.Contains(email, json);
        Assert.Contains("13800000000", json);

        await member.ClickAsync("a[href$='/account/delete']");
        await member.FillAsync("#Password", Password);
        await member.ClickAsync("form button.btn-danger");
        await member.WaitForURLAsync(url => url.Contains("/account/deleted", StringComparison.Ordinal));
        await member.GotoAsync("/kepu/account");
        Assert.Contains("/account/login", member.Url);
    }

    private async Task ActivateAsync(string link)
    {
        var page = await session.NewPageAsync();
        await page.GotoAsync(link);
        await page.FillAsync("#Password", Password);
        await page.FillAsync("#ConfirmPassword", Password);
        await page.ClickAsync("form[action$='/account/activate'] button[type=submit]");
        await page.WaitForURLAsync(url => url.Contains("/account/login", StringComparison.Ordinal));
    }

    private async Task<IPage> SignedInAsync(string prefix, string userName)
    {
        var page = await session.NewPageAsync();
        await page.GotoAsync(prefix + "/account/login");
        await page.FillAsync("#UserName", userName);
        await page.FillAsync("#Password", Password);
        await page.ClickAsync("form[action$='/account/login'] button[type=submit]");
        await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));
        return page;
    }

    /// <summary>The path of the link in the newest .eml to an address (file names are the outbox ids, in order).</summary>
    private async Task<string> LatestLinkAsync(string tenant, string address, string contains = "/account/")
    {
        var folder = Path.Combine(session.AppData, "Sites", tenant, "mail");
        for (var waited = 0; waited < 400; waited++)
        {
            var links = Directory.Exists(folder)
                ? Directory.GetFiles(folder, "*.eml").Order(StringComparer.Ordinal).Select(f => MimeKit.MimeMessage.Load(f))
                    .Where(m => m.To.Mailboxes.Any(a => a.Address == address))
                    .Select(m => Link().Matches(m.TextBody ?? "").Select(x => x.Value).FirstOrDefault(l => l.Contains(contains, StringComparison.Ordinal)))
                    .OfType<string>().ToList()
                : [];
            if (links.Count > 0)
            {
                return new Uri(links[^1]).PathAndQuery;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"no mail to {address}");
    }
}
