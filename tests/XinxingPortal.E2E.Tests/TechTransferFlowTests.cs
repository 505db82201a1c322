using System.Text.RegularExpressions;
using Microsoft.Playwright;
using XinxingPortal.E2E.Tests.Infrastructure;

namespace XinxingPortal.E2E.Tests;

/// <summary>The technology market as an enterprise and the bureau use it, in Chromium.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class TechTransferFlowTests(BrowserSession session)
{
    private const string Password = "Enterprise-Pass-2026";
    private static int serial;

    [GeneratedRegex("/techtransfer/demands/([0-9a-f]{32})")]
    private static partial Regex DemandLink();

    [Fact]
    public async Task An_enterprise_registers_is_verified_posts_a_demand_that_is_moderated_and_published()
    {
        var enterprise = await session.NewPageAsync();
        var user = await RegisterAsync(enterprise, "新星煤化工示范有限公司");
        Assert.Contains("/techtransfer/my", enterprise.Url);
        await enterprise.GotoAsync("/techtransfer/my/demands/new");
        Assert.Equal(0, await enterprise.Locator("form #Title").CountAsync());

        var bureau = await session.NewPageAsync();
        await session.LoginAsync(bureau);
        await VerifyAsync(bureau, "新星煤化工示范有限公司");
        Assert.Contains("/techtransfer/my", await MailToAsync(user + "@corp.example", "/techtransfer/my"));

        var title = "煤焦油全馏分加氢中试技术需求";
        var demandUrl = await PostDemandAsync(enterprise, title);
        Assert.Equal(404, (await (await session.NewPageAsync()).GotoAsync(demandUrl))!.Status);

        await bureau.GotoAsync("/admin/techtransfer/review");
        await bureau.ClickAsync($"text={title}");
        await bureau.CheckAsync("#decision-Approved");
        await bureau.ClickAsync("form[action*='/admin/techtransfer/review/'] button[type=submit]");
        await bureau.WaitForURLAsync(url => url.EndsWith("/admin/techtransfer/review", StringComparison.Ordinal));
        await enterprise.GotoAsync("/techtransfer/my");
        Assert.Equal("Approved", await enterprise.Locator($"article:has-text('{title}') .listing-status").GetAttributeAsync("data-status"));

        var visitor = await session.NewPageAsync();
        await visitor.GotoAsync("/techtransfer/demands");
        await visitor.FillAsync("#q", "加氢");
        await visitor.ClickAsync("form[role=search] button[type=submit]");
        await visitor.ClickAsync($"text={title}");
        Assert.Equal(demandUrl, new Uri(visitor.Url).AbsolutePath);
        Assert.DoesNotContain("0902-1234567", await visitor.InnerTextAsync("main"));
        Assert.Empty(session.ForeignRequests);
    }

    internal static async Task<string> RegisterAsync(IPage page, string name)
    {
        var user = $"e2e{Interlocked.Increment(ref serial)}{Guid.NewGuid().ToString("N")[..6]}";
        await page.GotoAsync("/techtransfer/join");
        await page.FillAsync("#Name", name);
        await page.FillAsync("#CreditCode", CreditCode(serial));
        await page.SetInputFilesAsync("#Licence", new FilePayload { Name = "licence.png", MimeType = "image/png", Buffer = Png });
        await page.FillAsync("#ContactName", "王工");
        await page.FillAsync("#ContactMobile", "13900000000");
        await page.FillAsync("#ContactEmail", user + "@corp.example");
        await page.FillAsync("#UserName", user);
        await page.FillAsync("#Password", Password);
        await page.FillAsync("#ConfirmPassword", Password);
        await page.CheckAsync("#Consent");
        await page.ClickAsync("main form button[type=submit]");
        await page.WaitForURLAsync(url => url.Contains("/techtransfer/my", StringComparison.Ordinal));
        return user;
    }

    internal static async Task VerifyAsync(IPage bureau, string name)
    {
        await bureau.GotoAsync("/admin/techtransfer/organisations?status=Pending");
        await bureau.ClickAsync($"text={name}");
        await bureau.ClickAsync("form:has(input[name=verify][value=true]) button");
        await bureau.WaitForURLAsync(url => url.EndsWith("/admin/techtransfer/organisations", StringComparison.Ordinal));
    }

    internal static async Task<string> PostDemandAsync(IPage page, string title)
    {
        await page.GotoAsync("/techtransfer/my/demands/new");
        await page.FillAsync("#Title", title);
        await page.SelectOptionAsync("#Field", "CoalChemical");
        await page.FillAsync("#Description", "需要煤焦油全馏分加氢制清洁燃料的中试技术，年处理量十万吨，液体收率不低于95%。");
        await page.FillAsync("#BudgetMinWan", "100");
        await page.FillAsync("#BudgetMaxWan", "800");
        await page.SelectOptionAsync("#RequiredTrl", "6");
        await page.CheckAsync("#Modes-Licence");
        await page.CheckAsync("#Modes-Joint");
        await page.FillAsync("#ContactPhone", "0902-1234567");
        await page.ClickAsync("main form button[type=submit]");
        await page.WaitForURLAsync(url => url.EndsWith("/techtransfer/my", StringComparison.Ordinal));
        await page.GotoAsync("/techtransfer/my");
        var edit = await page.Locator($"article:has-text('{title}') a[href*='/edit']").GetAttributeAsync("href");
        return "/techtransfer/demands/" + edit!.Split('/')[^2];
    }

    /// <summary>A PNG signature and header, as a scanned licence starts.</summary>
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0];

    /// <summary>A fictional code with a correct GB 32100 check character.</summary>
    private static string CreditCode(int n)
    {
        const string alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        var first = $"91659004MA8{n:D6}";
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += alphabet.IndexOf(first[i], StringComparison.Ordinal) * (int)(Math.Pow(3, i) % 31);
        }

        return first + alphabet[(31 - sum % 31) % 31];
    }

    internal async Task<string> MailToAsync(string address, string containing)
    {
        var folder = Path.Combine(session.AppData, "Sites", "Default", "mail");
        for (var waited = 0; waited < 400; waited++)
        {
            var texts = Directory.Exists(folder)
                ? Directory.GetFiles(folder, "*.eml").Select(f => MimeKit.MimeMessage.Load(f))
                    .Where(m => m.To.Mailboxes.Any(a => a.Address == address)).Select(m => m.Subject + "\n" + m.TextBody).ToList()
                : [];
            if (texts.FirstOrDefault(t => t.Contains(containing, StringComparison.Ordinal)) is { } found)
            {
                return found;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"no mail to {address} containing {containing}");
    }
}
