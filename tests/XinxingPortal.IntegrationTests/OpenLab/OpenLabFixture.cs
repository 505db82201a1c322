using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using netDumbster.smtp;
using XinxingPortal.IntegrationTests.Infrastructure;
using XinxingPortal.OpenLab.Data;
using XinxingPortal.Platform.Data;
using XinxingPortal.Platform.Tenants;

namespace XinxingPortal.IntegrationTests.OpenLab;

/// <summary>
/// The portal with its seeded labs and instruments, a clock fixed at 10:00 Beijing time on Tuesday 2026-06-16, a real
/// SMTP sink, a lab manager, a reviewer, and researchers who sign in on demand. Tests use the English pages (/en/…) so
/// they can assert the msgids; the translations are checked by the PO files.
/// </summary>
public sealed class OpenLabFixture : IAsyncLifetime
{
    public const string Password = "OpenLab-Test-Pass-2026";
    public const string Manager = "labmgr";
    public const string Reviewer = "reviewer1";
    public const string OtherTenant = "openlab2";

    private int nextUser;

    public OpenLabFixture()
    {
        Factory = new PortalFactory { Clock = Clock };
        Smtp = SmtpSink.StartFor(Factory);
        Factory.Settings["Portal:RateLimits:PublicFormsPerMinute"] = "100000";
        // Tests move the clock by hand; the periodic jobs (no-shows) run when a test runs them, never on their own.
        Factory.Settings["Portal:Jobs:Round"] = "1.00:00:00";
    }

    public TestClock Clock { get; } = new();
    public PortalFactory Factory { get; }
    public SimpleSmtpServer Smtp { get; }

    public async Task InitializeAsync()
    {
        var first = await Factory.Browser().GetAsync("/");
        Assert.True(first.IsSuccessStatusCode, string.Join("\n", Factory.Logs.Messages.Where(m => m.Contains("fail", StringComparison.OrdinalIgnoreCase) || m.Contains("Exception", StringComparison.Ordinal))));
        await Factory.CreateAsync("Default", Manager, Password, "LabManager");
        await Factory.CreateAsync("Default", Reviewer, Password, "Reviewer");
        await Factory.Services.GetRequiredService<TenantAdministration>().CreateAsync(
            Factory.NewTenant(OtherTenant, OtherTenant), new AdminAccount("admin2", "admin2@xinxing.example", Password));
        await Factory.RunJsonAsync(OtherTenant, """{ "name": "t", "steps": [ { "name": "feature", "enable": ["XinxingPortal.OpenLab"], "disable": [] } ] }""");
        await Factory.CreateAsync(OtherTenant, "foreigner", Password, "LabManager");
    }

    public Task DisposeAsync()
    {
        Factory.Dispose();
        Smtp.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>A new researcher (Member), signed in on their own browser.</summary>
    public async Task<(HttpClient Browser, string UserName)> ResearcherAsync(string tenantPrefix = "", string tenant = "Default")
    {
        var name = $"researcher{Interlocked.Increment(ref nextUser)}";
        await Factory.CreateAsync(tenant, name, Password, "Member");
        return (await SignedInAsync(name, tenantPrefix), name);
    }

    public async Task<HttpClient> SignedInAsync(string user, string prefix = "")
    {
        var browser = Factory.Browser();
        var response = await browser.LoginAsync(prefix, user, Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return browser;
    }

    /// <summary>Beijing wall-clock time as a datetime-local field sends it.</summary>
    public static string Local(DateTime beijing) => beijing.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);

    /// <summary>Posts the booking form of an instrument.</summary>
    public static Task<HttpResponseMessage> BookAsync(HttpClient browser, string slug, DateTime start, DateTime end, string purpose = "土壤样品重金属检测", string organisation = "新星市某合作社（测试）") =>
        browser.PostFormAsync($"/en/openlab/instruments/{slug}/book", $"/en/openlab/instruments/{slug}/book",
            ("Start", Local(start)), ("End", Local(end)), ("Purpose", purpose), ("SampleCount", "12"), ("Project", "测试项目"), ("Organisation", organisation));

    /// <summary>Runs one of the kernel's periodic tenant jobs now, as its worker would on its round.</summary>
    internal Task RunJobAsync(string name, string tenant = "Default") =>
        Factory.Services.GetRequiredService<XinxingPortal.Platform.Background.TenantJobRunner>()
            .RunAsync(Factory.Services.GetRequiredService<TenantSettingsStore>().Find(tenant)!, name, CancellationToken.None);

    internal async Task<T> WithDbAsync<T>(Func<PortalDbContext, Task<T>> work, string tenant = "Default")
    {
        await using var scope = await Factory.TenantScopeAsync(tenant);
        return await work(scope.ServiceProvider.GetRequiredService<PortalDbContext>());
    }

    internal Task<List<Booking>> BookingsAsync(string instrumentId) =>
        WithDbAsync(db => db.Set<Booking>().AsNoTracking().Where(b => b.InstrumentId == instrumentId).ToListAsync());

    /// <summary>Mail queued to the given addresses.</summary>
    internal Task<List<XinxingPortal.Platform.Email.OutboxMessage>> OutboxToAsync(IReadOnlyCollection<string> addresses) =>
        WithDbAsync(db => db.Set<XinxingPortal.Platform.Email.OutboxMessage>().AsNoTracking().Where(m => addresses.Contains(m.To)).ToListAsync());

    /// <summary>Sets an instrument's rules for one test (each test uses its own instrument or times).</summary>
    internal Task SetRulesAsync(string instrumentId, Action<InstrumentRules> change) => WithDbAsync(async db =>
    {
        change(await db.Set<InstrumentRules>().SingleAsync(r => r.InstrumentId == instrumentId));
        return await db.SaveChangesAsync();
    });
}
