using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using netDumbster.smtp;
using XinxingPortal.IntegrationTests.Infrastructure;
using XinxingPortal.Platform.Data;
using XinxingPortal.Platform.Identity;
using XinxingPortal.TechTransfer.Data;
using XinxingPortal.TechTransfer.Listings;
using XinxingPortal.TechTransfer.Organisations;

namespace XinxingPortal.IntegrationTests.TechTransfer;

/// <summary>The portal with a real SMTP sink; organisations and challenges are made directly in the tenant's database.</summary>
public sealed class ChallengeFixture : IAsyncLifetime
{
    public const string Password = "Challenge-Test-Pass-2026";

    private static long codes;

    public ChallengeFixture()
    {
        Factory = new PortalFactory { Clock = Clock };
        Smtp = SmtpSink.StartFor(Factory);
        Factory.Settings["Portal:RateLimits:PublicFormsPerMinute"] = "1000";
    }

    /// <summary>The host's clock: a fixed morning in Beijing, whatever the wall clock says.</summary>
    public TestClock Clock { get; } = new();

    public PortalFactory Factory { get; }
    public SimpleSmtpServer Smtp { get; }

    /// <summary>Today in Beijing by the host's clock, the calendar deadlines are kept in.</summary>
    public DateOnly Today => Clock.Today;

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

    /// <summary>A user who registered an organisation in the given state; returns the organisation's id and contact address.</summary>
    internal async Task<(string Id, string Email)> OrganisationAsync(string userName, VerificationStatus status, string tenant = "Default")
    {
        await Factory.CreateAsync(tenant, userName, Password, "Enterprise");
        await using var scope = await Factory.TenantScopeAsync(tenant);
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>().FindByNameAsync(userName);
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var organisation = new Organisation
        {
            Id = "org-" + userName, UserId = user!.Id, Kind = OrganisationKind.Enterprise, Name = userName + " 科技有限公司",
            CreditCode = CreditCodeFor(), ContactName = "张工", ContactMobile = "13800000000", ContactEmail = userName + "@org.example",
            Status = status, CreatedUtc = Clock.UtcNow,
        };
        db.Set<Organisation>().Add(organisation);
        await db.SaveChangesAsync();
        return (organisation.Id, organisation.ContactEmail);
    }

    /// <summary>A challenge straight in the database; returns its id.</summary>
    internal async Task<string> ChallengeAsync(DateOnly deadline, bool published = true, string? title = null, TechField field = TechField.NewEnergy)
    {
        var id = "c" + Guid.NewGuid().ToString("N")[..12];
        await InDbAsync(db => db.Set<Challenge>().Add(new Challenge
        {
            Id = id, Title = title ?? "光伏组件清洗机器人关键技术攻关 " + id, Issuer = "第十三师新星市科学技术局", Field = field,
            Goal = "研制适用于戈壁环境的光伏组件清洗机器人。\n第二行目标。", Indicators = "清洗效率≥98%", FundingYuan = 5_000_000, Period = "2年",
            Conditions = "在师市注册的企业或事业单位。", Deadline = deadline, Published = published, CreatedUtc = Clock.UtcNow, UpdatedUtc = Clock.UtcNow,
        }));
        return id;
    }

    internal async Task InDbAsync(Action<PortalDbContext> change, string tenant = "Default")
    {
        await using var scope = await Factory.TenantScopeAsync(tenant);
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        change(db);
        await db.SaveChangesAsync();
    }

    internal async Task<T> QueryAsync<T>(Func<PortalDbContext, Task<T>> query, string tenant = "Default")
    {
        await using var scope = await Factory.TenantScopeAsync(tenant);
        return await query(scope.ServiceProvider.GetRequiredService<PortalDbContext>());
    }

    public Task<int> ApplicationCountAsync(string challengeId, string tenant = "Default") =>
        QueryAsync(db => db.Set<ChallengeApplication>().CountAsync(a => a.ChallengeId == challengeId), tenant);

    public async Task<HttpClient> AsAsync(string user, string prefix = "", string? password = null)
    {
        var client = Factory.Browser();
        var response = await client.LoginAsync(prefix, user, password ?? Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    public Task<HttpClient> AdminAsync() => AsAsync("admin", password: PortalFactory.AdminPassword);

    /// <summary>Files the market keeps privately for a tenant.</summary>
    public string[] PrivateFiles(string tenant = "Default")
    {
        var folder = Path.Combine(Factory.AppData, "Sites", tenant, "techtransfer");
        return Directory.Exists(folder) ? Directory.GetFiles(folder) : [];
    }

    /// <summary>Mail to one address, waiting for the dispatcher (it sends right after the commit).</summary>
    public Task<IReadOnlyList<SmtpMessage>> MailToAsync(string address, int count = 1) => Smtp.MailToAsync(address, count);

    /// <summary>A valid 统一社会信用代码, different for each organisation: 17 digits from a counter, then the check character.</summary>
    private static string CreditCodeFor()
    {
        const string alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        int[] weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
        var body = "916500" + Interlocked.Increment(ref codes).ToString("D11", CultureInfo.InvariantCulture);
        var sum = body.Select((c, i) => alphabet.IndexOf(c, StringComparison.Ordinal) * weights[i]).Sum();
        return body + alphabet[(31 - sum % 31) % 31];
    }

}
