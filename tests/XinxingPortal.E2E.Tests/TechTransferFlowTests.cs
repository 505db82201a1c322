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
        Assert.Equal("Published", await enterprise.Locator($"article:has-text('{title}') .listing-status").GetAttributeAsync("data-status"));

        var visitor = await session.NewPageAsync();
        await visitor.GotoAsync("/techtransfer/demands");
        await visitor.FillAsync("#q", "加氢");
        await visitor.ClickAsync("main form[role=search] button[type=submit]");
        await visitor.ClickAsync($"text={title}");
        Assert.Equal(demandUrl, new Uri(visitor.Url).AbsolutePath);
        Assert.DoesNotContain("0902-1234567", await visitor.InnerTextAsync("main"));
        Assert.Empty(session.ForeignRequests);
    }

    [Fact]
    public async Task A_demands_poster_sees_matching_outcomes_with_reasons_and_talks_to_a_holder_and_both_get_mail()
    {
        var bureau = await session.NewPageAsync();
        await session.LoginAsync(bureau);
        var enterprise = await session.NewPageAsync();
        var buyer = await RegisterAsync(enterprise, "新星兰炭综合利用有限公司");
        var institute = await session.NewPageAsync();
        var holder = await RegisterAsync(institute, "新星化工研究院");
        await VerifyAsync(bureau, "新星兰炭综合利用有限公司");
        await VerifyAsync(bureau, "新星化工研究院");

        var outcomeTitle = "兰炭废水酚氨回收与深度处理成套技术";
        await institute.GotoAsync("/techtransfer/my/outcomes/new");
        await institute.FillAsync("#Title", outcomeTitle);
        await institute.SelectOptionAsync("#Field", "CoalChemical");
        await institute.SelectOptionAsync("#Trl", "8");
        await institute.FillAsync("#Keywords", "酚氨回收、兰炭废水、脱酚");
        await institute.CheckAsync("#Modes-Licence");
        await institute.FillAsync("#PriceWan", "200");
        await institute.FillAsync("#Summary", "兰炭废水经除油、汽提脱氨和萃取脱酚回收粗酚与液氨，再经生化深度处理回用。");
        await institute.ClickAsync("main form button[type=submit]");
        await institute.WaitForURLAsync(url => url.EndsWith("/techtransfer/my", StringComparison.Ordinal));
        await ApproveAllAsync(bureau);

        var demandPath = await PostDemandAsync(enterprise, "兰炭废水酚氨回收技术需求", "兰炭生产废水含酚量高，需要酚氨回收及废水深度处理技术，实现废水回用。");
        await ApproveAllAsync(bureau);

        await enterprise.GotoAsync(demandPath + "/matches");
        var first = enterprise.Locator("li.match").First;
        Assert.Contains(outcomeTitle, await first.InnerTextAsync());
        Assert.Contains("酚氨回收", await first.Locator("[data-reason=terms]").InnerTextAsync());
        Assert.Equal(1, await first.Locator("[data-reason=field]").CountAsync());

        await first.Locator("h2 a").ClickAsync();
        Assert.Contains("13900000000", await enterprise.InnerTextAsync("#contact-heading + p"));
        await enterprise.FillAsync("#interest-body", "我们有两套兰炭装置，想了解酚氨回收的投资和运行费用。");
        await enterprise.ClickAsync("form[action$='/interest'] button[type=submit]");
        await enterprise.WaitForURLAsync(url => url.Contains("/techtransfer/threads/", StringComparison.Ordinal));
        var thread = new Uri(enterprise.Url).AbsolutePath;
        Assert.Contains(thread, await MailToAsync(holder + "@corp.example", thread));

        await institute.GotoAsync(thread);
        await institute.FillAsync("#reply-body", "欢迎来所里考察中试装置，费用可按处理规模报价。");
        await institute.ClickAsync("form[action$='/messages'] button[type=submit]");
        Assert.Contains(thread, await MailToAsync(buyer + "@corp.example", thread));

        await enterprise.GotoAsync(thread);
        Assert.Contains("欢迎来所里考察中试装置", await enterprise.InnerTextAsync("main"));
        await enterprise.ClickAsync("form[action$='/close'] button[value=Agreed]");
        await bureau.GotoAsync("/admin/techtransfer");
        Assert.NotEqual("0", await bureau.InnerTextAsync("[data-count=threads-agreed]"));
        Assert.Empty(session.ForeignRequests);
    }

    [Fact]
    public async Task The_bureau_publishes_a_challenge_a_team_applies_and_the_winner_is_announced()
    {
        var bureau = await session.NewPageAsync();
        await session.LoginAsync(bureau);
        var title = "煤热解废水全过程控制揭榜测试榜单";
        await bureau.GotoAsync("/admin/techtransfer/challenges/new");
        await bureau.FillAsync("#Title", title);
        await bureau.FillAsync("#Issuer", "第十三师新星市科学技术局");
        await bureau.SelectOptionAsync("#Field", "CoalChemical");
        await bureau.FillAsync("#Goal", "煤热解废水从源头减量到末端回用的全过程控制。");
        await bureau.FillAsync("#Indicators", "COD去除率≥95%，回用率≥90%。");
        await bureau.FillAsync("#FundingWan", "300");
        await bureau.FillAsync("#Period", "24个月");
        await bureau.FillAsync("#Conditions", "在师市注册的企业或科研院所牵头。");
        await bureau.ClickAsync("main form[method=post] button[type=submit] >> nth=0");
        await bureau.WaitForURLAsync(url => Regex.IsMatch(url, "/admin/techtransfer/challenges/[0-9a-f]{32}$"));
        var adminPath = new Uri(bureau.Url).AbsolutePath;
        var id = adminPath.Split('/')[^1];
        await bureau.ClickAsync("form[action$='/publish'] button");

        var team = await session.NewPageAsync();
        var teamUser = await RegisterAsync(team, "新星水处理揭榜团队有限公司");
        await VerifyAsync(bureau, "新星水处理揭榜团队有限公司");
        await team.GotoAsync($"/techtransfer/challenges/{id}/apply");
        await team.FillAsync("#TeamName", "煤化工废水攻关团队");
        await team.FillAsync("#Leader", "赵教授");
        await team.FillAsync("#Plan", "分三阶段：源头减量、酚氨回收、深度处理回用；第12个月完成中试。");
        await team.SetInputFilesAsync("#Files", new FilePayload { Name = "plan.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.7\n%%EOF"u8.ToArray() });
        await team.ClickAsync("main form button[type=submit]");
        await team.WaitForURLAsync(url => url.EndsWith("/techtransfer/my/applications", StringComparison.Ordinal));

        await bureau.GotoAsync($"/admin/techtransfer/challenges/{id}/applications");
        await bureau.ClickAsync("text=煤化工废水攻关团队");
        await bureau.CheckAsync("#decision-approve");
        await bureau.ClickAsync("form[action$='/decide'] button[type=submit]");
        await bureau.GotoAsync($"/admin/techtransfer/challenges/{id}/applications");
        await bureau.ClickAsync("form[action$='/shortlist'] button");

        // Applications close early: the bureau moves the deadline to yesterday so it can select the winner.
        await bureau.GotoAsync(adminPath);
        await bureau.FillAsync("#Deadline", DateTime.UtcNow.AddHours(8).AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await bureau.ClickAsync("main form[method=post]:has(#Deadline) button[type=submit]");
        await bureau.GotoAsync($"/admin/techtransfer/challenges/{id}/applications");
        await bureau.CheckAsync("input[name=WinnerId]");
        await bureau.FillAsync("#Note", "经专家评审，拟确定该团队为揭榜单位。");
        await bureau.ClickAsync("form[action$='/announce'] button[type=submit]");

        var visitor = await session.NewPageAsync();
        await visitor.GotoAsync($"/techtransfer/challenges/{id}");
        var text = await visitor.InnerTextAsync("main");
        Assert.Contains("新星水处理揭榜团队有限公司", text);
        Assert.Contains("经专家评审", text);
        // The announcement (not the earlier review mail) links the challenge itself.
        Assert.Contains(title, await MailToAsync(teamUser + "@corp.example", "/techtransfer/challenges/" + id));
        Assert.Empty(session.ForeignRequests);
    }

    /// <summary>Approves everything waiting in the review queue.</summary>
    private static async Task ApproveAllAsync(IPage bureau)
    {
        await bureau.GotoAsync("/admin/techtransfer/review");
        while (await bureau.Locator("table tbody a").CountAsync() > 0)
        {
            await bureau.Locator("table tbody a").First.ClickAsync();
            await bureau.CheckAsync("#decision-Approved");
            await bureau.ClickAsync("form[action*='/admin/techtransfer/review/'] button[type=submit]");
            await bureau.WaitForURLAsync(url => url.EndsWith("/admin/techtransfer/review", StringComparison.Ordinal));
        }
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

    internal static async Task<string> PostDemandAsync(IPage page, string title, string description = "需要煤焦油全馏分加氢制清洁燃料的中试技术，年处理量十万吨，液体收率不低于95%。")
    {
        await page.GotoAsync("/techtransfer/my/demands/new");
        await page.FillAsync("#Title", title);
        await page.SelectOptionAsync("#Field", "CoalChemical");
        await page.FillAsync("#Description", description);
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
    private static readonly byte[] Png = Convert.FromBase64String(
        // A whole 1×1 PNG, IEND included: a cut-off file is refused as damaged.
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC");

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
