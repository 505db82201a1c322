using System.Globalization;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.Playwright;
using XinxingPortal.E2E.Tests.Infrastructure;

namespace XinxingPortal.E2E.Tests;

/// <summary>
/// The issue's "how it will be checked", in Chromium on the real clock: a researcher finds the ICP-MS, sees next
/// week's free slots, books two hours; the lab manager (the site admin) grants the training record and approves; the
/// approval mail carries the .ics; the operator records the use; the statistics and the XLSX export show the hours.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class OpenLabFlowTests(BrowserSession session)
{
    private const string Password = "E2e-OpenLab-2026!x";
    private const string IcpMs = "电感耦合等离子体质谱仪";
    private static readonly TimeZoneInfo Beijing = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Link();

    [Fact]
    public async Task A_researcher_books_the_ICP_MS_next_week_the_manager_approves_the_use_is_recorded_and_exported()
    {
        var email = $"res-{Guid.NewGuid():N}"[..14] + "@lab.example";
        var researcher = await RegisterAsync(email);

        var manager = await session.NewPageAsync();
        await session.LoginAsync(manager);
        await manager.GotoAsync("/admin/openlab/inst-icp-ms");
        await manager.FillAsync("#quser", email);
        await manager.FillAsync("#qdate", TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, Beijing).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await manager.FillAsync("#qnote", "培训考核合格");
        await manager.ClickAsync("form[action$='/qualifications'] button[type=submit]");
        await Assertions.Expect(manager.Locator("table", new() { HasText = email })).ToBeVisibleAsync();

        // Find it: the list filtered by its classification, then its page, then its calendar and the week after this one.
        await researcher.GotoAsync("/openlab?code=0303");
        await researcher.ClickAsync($"main a:has-text('{IcpMs}')");
        await researcher.ClickAsync("main a[href$='/openlab/instruments/icp-ms/book']");
        await researcher.ClickAsync("nav a[href^='?week=']:last-child");
        var free = researcher.Locator("table.openlab-week a[href*='T10:00']").First;
        await free.ClickAsync();
        var start = DateTime.ParseExact(await researcher.InputValueAsync("#Start"), "yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);
        Assert.Equal(new TimeOnly(10, 0), TimeOnly.FromDateTime(start));
        Assert.True(start.Date > TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, Beijing).Date);
        await researcher.FillAsync("#End", start.AddHours(2).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture));
        await researcher.FillAsync("#Purpose", "团场土壤铅镉砷含量测定");
        await researcher.FillAsync("#SampleCount", "12");
        await researcher.FillAsync("#Project", "耕地土壤重金属普查");
        await researcher.FillAsync("#Organisation", "新疆某大学（测试）");
        await researcher.ClickAsync("form[action$='/book'] button[type=submit]");
        await researcher.WaitForURLAsync(url => !url.Contains("/book", StringComparison.Ordinal));

        await manager.GotoAsync("/admin/openlab/bookings?show=requested");
        await manager.ClickAsync($"tr:has-text('{email}') form[action$='/approve'] button");
        await manager.WaitForURLAsync(url => url.EndsWith("/admin/openlab/bookings", StringComparison.Ordinal));

        // The approval mail carries the booking as a calendar file, in UTC: 10:00 Beijing is 02:00Z.
        var ics = await CalendarFileToAsync(email);
        Assert.Contains($"DTSTART:{start.AddHours(-8):yyyyMMdd'T'HHmmss}Z", ics, StringComparison.Ordinal);
        Assert.Contains(IcpMs, ics, StringComparison.Ordinal);

        // The operator records the use (on the real clock, so it lasts as long as this test waits).
        await manager.ClickAsync($"tr:has-text('{email}') form[action$='/start'] button");
        await manager.WaitForURLAsync(url => url.EndsWith("/admin/openlab/bookings", StringComparison.Ordinal));
        await Task.Delay(TimeSpan.FromSeconds(20));
        await manager.FillAsync($"tr:has-text('{email}') form[action$='/complete'] input[name=fee]", "600");
        await manager.ClickAsync($"tr:has-text('{email}') form[action$='/complete'] button");
        await manager.WaitForURLAsync(url => url.EndsWith("/admin/openlab/bookings", StringComparison.Ordinal));

        await manager.GotoAsync("/admin/openlab/statistics");
        Assert.True(await manager.Locator("main svg").CountAsync() >= 1);
        Assert.Contains("600.00", await manager.Locator("tr", new() { HasText = IcpMs }).First.InnerTextAsync(), StringComparison.Ordinal);

        var download = await manager.RunAndWaitForDownloadAsync(() => manager.ClickAsync("a[href*='export.xlsx']"));
        var rows = ReadSheet((await download.PathAsync())!);
        var header = rows[0];
        foreach (var field in new[] { "仪器名称", "分类编码", "原值（万元）", "有效工作机时（小时）", "对外服务机时（小时）", "服务收入（元）", "服务用户数", "定额机时（小时）" })
        {
            Assert.Contains(field, header);
        }

        var row = rows.Single(r => r.Count > 0 && r[0] == IcpMs);
        var hours = double.Parse(row[header.IndexOf("有效工作机时（小时）")], CultureInfo.InvariantCulture);
        Assert.InRange(hours, 0.005, 0.5);
        Assert.Equal(hours, double.Parse(row[header.IndexOf("对外服务机时（小时）")], CultureInfo.InvariantCulture));
        Assert.Equal("600.00", row[header.IndexOf("服务收入（元）")]);
        Assert.Empty(session.ForeignRequests);
    }

    private async Task<IPage> RegisterAsync(string email)
    {
        var page = await session.NewPageAsync();
        await page.GotoAsync("/account/register");
        await page.FillAsync("#Name", "测试研究员");
        await page.FillAsync("#Email", email);
        await page.FillAsync("#Mobile", "13900000000");
        await page.FillAsync("#Password", Password);
        await page.FillAsync("#ConfirmPassword", Password);
        await page.CheckAsync("#Consent");
        await page.ClickAsync("form[action$='/register'] button[type=submit]");
        await page.WaitForURLAsync(url => url.Contains("/register/sent", StringComparison.Ordinal));
        var confirm = (await MailAsync(email, m => Link().Matches(m.TextBody ?? "").Select(x => x.Value).FirstOrDefault(l => l.Contains("/account/confirm", StringComparison.Ordinal))))!;
        await page.GotoAsync(new Uri(confirm).PathAndQuery);
        await page.GotoAsync("/account/login");
        await page.FillAsync("#UserName", email);
        await page.FillAsync("#Password", Password);
        await page.ClickAsync("form[action$='/account/login'] button[type=submit]");
        await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));
        return page;
    }

    private Task<string> CalendarFileToAsync(string email) => MailAsync(email, m =>
        m.Attachments.OfType<MimeKit.TextPart>().FirstOrDefault(a => a.ContentType.MimeType == "text/calendar")?.Text);

    /// <summary>The first non-null answer of <paramref name="read"/> over the .eml files to an address (the host has no SMTP server).</summary>
    private async Task<string> MailAsync(string address, Func<MimeKit.MimeMessage, string?> read)
    {
        var folder = Path.Combine(session.AppData, "Sites", "Default", "mail");
        for (var waited = 0; waited < 600; waited++)
        {
            if (Directory.Exists(folder))
            {
                var found = Directory.GetFiles(folder, "*.eml").Select(f => MimeKit.MimeMessage.Load(f))
                    .Where(m => m.To.Mailboxes.Any(a => a.Address == address)).Select(read).FirstOrDefault(x => x is not null);
                if (found is not null)
                {
                    return found;
                }
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"no such mail to {address}");
    }

    /// <summary>The first sheet's cells as text, row by row, whether the strings are shared or inline.</summary>
    private static List<List<string>> ReadSheet(string path)
    {
        using var document = SpreadsheetDocument.Open(path, false);
        var workbook = document.WorkbookPart!;
        var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
        var sheet = workbook.WorksheetParts.First().Worksheet;
        return [.. sheet.Descendants<Row>().Select(r => r.Elements<Cell>().Select(c =>
            c.DataType?.Value == CellValues.SharedString ? shared[int.Parse(c.CellValue!.Text, CultureInfo.InvariantCulture)]
            : c.DataType?.Value == CellValues.InlineString ? c.InlineString!.InnerText
            : c.CellValue?.Text ?? "").ToList())];
    }
}
